import type { ColumnNumber } from '../../domain/catalogue/types';
import type { AgreedBestFit, Participant, Reflection, ReflectionChoice, ReflectionEntry, Review, ReviewReopening } from '../../domain/review/types';
import type { Fields } from '../../graph/list-items';
import { fieldEquals } from '../../graph/odata';
import { column, isString, json, readFields, selectOf, shortTitle, writeFields } from '../fields';
import { bestFitsList } from '../schema/best-fits';
import { reflectionChoices, reflectionsList } from '../schema/reflections';
import { reviewStatuses, reviewsList } from '../schema/reviews';
import { variants } from '../schema/settings';

export const REVIEW_SELECT = selectOf(reviewsList);
export const REFLECTION_SELECT = selectOf(reflectionsList);
export const BEST_FIT_SELECT = selectOf(bestFitsList);

/** Reflections and best fits of one review: the one filter these lists are indexed for. */
export const reflectionsOfReview = (reviewId: string): string => fieldEquals(column(reflectionsList, 'ReviewId'), reviewId);
export const bestFitsOfReview = (reviewId: string): string => fieldEquals(column(bestFitsList, 'ReviewId'), reviewId);

// Keys are deterministic, so a save repeated after a lost answer finds the same item.
export const reflectionKey = (r: Pick<Reflection, 'reviewId' | 'rowId' | 'participantId'>): string =>
  `${r.reviewId}|${r.rowId}|${r.participantId}`;
export const bestFitKey = (b: Pick<AgreedBestFit, 'reviewId' | 'rowId'>): string => `${b.reviewId}|${b.rowId}`;

export function reviewToFields(review: Review): Fields {
  return writeFields(reviewsList, {
    WaypointKey: review.id,
    Title: review.title,
    InstitutionId: review.institutionId,
    Variant: review.variant,
    ReviewDate: review.date,
    Status: review.status,
    Participants: JSON.stringify(review.participants),
    AgreedBy: review.agreement?.by ?? null,
    AgreedAt: review.agreement?.at ?? null,
    Reopenings: json(review.reopenings ?? []),
  });
}

export function reviewFromFields(fields: Fields): Review | null {
  const f = readFields(reviewsList, fields);
  const id = f.text('WaypointKey');
  if (!id) return null;
  const agreedBy = f.optionalText('AgreedBy');
  const agreedAt = f.optionalText('AgreedAt');
  const reopenings = f.jsonArray('Reopenings', isReopening);
  return {
    id,
    institutionId: f.text('InstitutionId'),
    variant: f.oneOf('Variant', variants) ?? 'schools',
    title: f.text('Title'),
    date: f.text('ReviewDate'),
    status: f.oneOf('Status', reviewStatuses) ?? 'preparing',
    participants: f.jsonArray('Participants', isParticipant),
    ...(agreedBy && agreedAt ? { agreement: { by: agreedBy, at: agreedAt } } : {}),
    ...(reopenings.length ? { reopenings } : {}),
  };
}

/** A draft (a note without a choice) is saved with an empty Choice. */
export function reflectionToFields(reflection: ReflectionEntry): Fields {
  return writeFields(reflectionsList, {
    WaypointKey: reflectionKey(reflection),
    Title: shortTitle(`${reflection.rowId} · ${reflection.participantId}`),
    ReviewId: reflection.reviewId,
    RowId: reflection.rowId,
    ParticipantId: reflection.participantId,
    Choice: reflection.choice === undefined ? null : String(reflection.choice),
    Note: reflection.note,
  });
}

/** A reflection; null for a draft (see `reflectionEntryFromFields`) or an item that cannot be placed. */
export function reflectionFromFields(fields: Fields): Reflection | null {
  const entry = reflectionEntryFromFields(fields);
  return entry && entry.choice !== undefined ? { ...entry, choice: entry.choice } : null;
}

/** A reflection or a draft: an empty Choice is a draft; a value the app does not know reads as "not sure". */
export function reflectionEntryFromFields(fields: Fields): ReflectionEntry | null {
  const f = readFields(reflectionsList, fields);
  const reviewId = f.text('ReviewId');
  const rowId = f.text('RowId');
  const participantId = f.text('ParticipantId');
  if (!reviewId || !rowId || !participantId) return null;
  const note = f.text('Note');
  const raw = f.optionalText('Choice');
  if (raw === undefined) return { reviewId, rowId, participantId, note };
  const choice = f.oneOf('Choice', reflectionChoices);
  return {
    reviewId,
    rowId,
    participantId,
    choice: choice === undefined || choice === 'not-sure' ? 'not-sure' : (Number(choice) as ReflectionChoice),
    note,
  };
}

export function bestFitToFields(bestFit: AgreedBestFit): Fields {
  return writeFields(bestFitsList, {
    WaypointKey: bestFitKey(bestFit),
    Title: bestFit.rowId,
    ReviewId: bestFit.reviewId,
    RowId: bestFit.rowId,
    AgreedColumn: bestFit.column,
    Evidence: bestFit.evidence,
    EvidenceLinks: json(bestFit.evidenceLinks),
    NextSteps: bestFit.nextSteps,
    AgreedBy: json(bestFit.agreedBy),
    AgreedAt: bestFit.agreedAt,
  });
}

export function bestFitFromFields(fields: Fields): AgreedBestFit | null {
  const f = readFields(bestFitsList, fields);
  const reviewId = f.text('ReviewId');
  const rowId = f.text('RowId');
  const column = f.number('AgreedColumn');
  if (!reviewId || !rowId || column === undefined || ![1, 2, 3, 4].includes(column)) return null;
  return {
    reviewId,
    rowId,
    column: column as ColumnNumber,
    evidence: f.text('Evidence'),
    evidenceLinks: f.jsonArray('EvidenceLinks', isString),
    nextSteps: f.text('NextSteps'),
    agreedBy: f.jsonArray('AgreedBy', isString),
    agreedAt: f.text('AgreedAt'),
  };
}

function isParticipant(v: unknown): v is Participant {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return typeof p.id === 'string' && typeof p.displayName === 'string' && (p.role === undefined || typeof p.role === 'string');
}

function isReopening(v: unknown): v is ReviewReopening {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.by === 'string' && typeof r.at === 'string' && typeof r.reason === 'string';
}
