import type { AgreedBestFit, Participant, Reflection, ReflectionEntry, Review } from '../review/types';
import { columnChoices, reflectionChoices, statusChoices, variantChoices } from './choices';
import type { ValidationContext } from './context';
import { Fields, textAt, urlAt, type Choice } from './fields';
import type { ValidationResult } from './result';


const rowChoices = (rowIds: readonly string[] | undefined): Choice<string>[] | undefined =>
  rowIds?.map((id) => ({ value: id, name: id }));

/** Reads a maturity row id, checked against the model when the context gives its rows. */
function readRow(f: Fields, name: string, ctx: Pick<ValidationContext, 'rowIds'>): string | undefined {
  const choices = rowChoices(ctx.rowIds);
  return choices ? f.oneOf(name, 'Maturity row', choices) : f.text(name, 'Maturity row', { required: true });
}

/** A review: title, date, and at least one participant, none listed twice. */
export function validateReview(input: unknown): ValidationResult<Review> {
  const f = new Fields(input);
  const id = f.text('id', 'Review id', { required: true });
  const institutionId = f.text('institutionId', 'Institution', { required: true });
  const variant = f.oneOf('variant', 'Maturity model', variantChoices);
  const title = f.text('title', 'Title', { required: true });
  const date = f.date('date', 'Date of the meeting', { required: true });
  const status = f.oneOf('status', 'Status', statusChoices, { required: false }) ?? 'preparing';
  const participants = readParticipants(f);
  return f.result(() => ({
    id: id!,
    institutionId: institutionId!,
    variant: variant!,
    title: title!,
    date: date!,
    status,
    participants,
  }));
}

function readParticipants(f: Fields): Participant[] {
  const seenIds = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const out: Participant[] = [];
  const raw = f.raw('participants');
  const items = Array.isArray(raw) ? raw : [];
  if (raw !== undefined && raw !== null && !Array.isArray(raw)) f.fail('participants', 'Participants must be a list.');
  else if (items.length === 0) f.fail('participants', 'Add at least one participant.');
  items.forEach((item, i) => {
    const p = f.item(item, `${f.at('participants')}[${i}]`);
    const id = p.text('id', 'Participant id', { required: true });
    const displayName = p.text('displayName', 'Name', { required: true });
    const role = p.text('role', 'Role');
    if (id !== undefined) {
      if (seenIds.has(id)) p.fail('id', `This person is already listed as participant ${seenIds.get(id)! + 1}.`);
      else seenIds.set(id, i);
    }
    if (displayName !== undefined) {
      const key = displayName.replace(/\s+/g, ' ').toLowerCase();
      if (seenNames.has(key)) p.fail('displayName', `${displayName} is already listed as participant ${seenNames.get(key)! + 1}.`);
      else seenNames.set(key, i);
    }
    if (id !== undefined && displayName !== undefined) out.push({ id, displayName, ...(role !== undefined ? { role } : {}) });
  });
  return out;
}

type ReflectionContext = Pick<ValidationContext, 'rowIds'> & { readonly participantIds?: readonly string[] };

/** One participant's reflection on a row: a column or "not sure", and a note. */
export function validateReflection(input: unknown, ctx: ReflectionContext = {}): ValidationResult<Reflection> {
  return readReflection(input, ctx, false) as ValidationResult<Reflection>;
}

/** What a participant saves on a row: a reflection, or a draft (a note without a choice yet, kept so nothing is lost). */
export function validateReflectionEntry(input: unknown, ctx: ReflectionContext = {}): ValidationResult<ReflectionEntry> {
  return readReflection(input, ctx, true);
}

function readReflection(input: unknown, ctx: ReflectionContext, draftAllowed: boolean): ValidationResult<ReflectionEntry> {
  const f = new Fields(input);
  const reviewId = f.text('reviewId', 'Review', { required: true });
  const rowId = readRow(f, 'rowId', ctx);
  const participantId = f.text('participantId', 'Participant', { required: true });
  if (participantId !== undefined && ctx.participantIds && !ctx.participantIds.includes(participantId)) {
    f.fail('participantId', 'This person is not a participant in the review.');
  }
  const note = f.note('note', 'Note');
  const unchosen = f.raw('choice') === undefined || f.raw('choice') === null;
  const choice = !unchosen
    ? f.oneOf('choice', 'Your reflection', reflectionChoices)
    : draftAllowed && note.trim() !== ''
      ? undefined
      : f.fail('choice', draftAllowed ? 'Choose a column from 1 to 4, or not sure, or write a note to keep as a draft.' : 'Choose a column from 1 to 4, or not sure.');
  return f.result(() => ({
    reviewId: reviewId!,
    rowId: rowId!,
    participantId: participantId!,
    ...(choice !== undefined ? { choice } : {}),
    note,
  }));
}

/** The agreed best fit for a row: the column, evidence, next steps and who agreed. */
export function validateAgreedBestFit(
  input: unknown,
  ctx: Pick<ValidationContext, 'rowIds'> = {},
): ValidationResult<AgreedBestFit> {
  const f = new Fields(input);
  const reviewId = f.text('reviewId', 'Review', { required: true });
  const rowId = readRow(f, 'rowId', ctx);
  const column = f.raw('column') === undefined || f.raw('column') === null
    ? f.fail('column', 'Choose the agreed column, from 1 to 4.')
    : f.oneOf('column', 'Agreed column', columnChoices);
  const evidence = f.note('evidence', 'Evidence');
  const evidenceLinks = f.list('evidenceLinks', 'Evidence links', (v, path) => urlAt(f, v, path, 'Evidence link'));
  const nextSteps = f.note('nextSteps', 'Next steps');
  const agreedBy = f.list('agreedBy', 'Agreed by', (v, path) => textAt(f, v, path, 'Agreed by'), {
    min: 1,
    minMessage: 'Record who agreed this best fit.',
  });
  const agreedAt = f.dateTime('agreedAt', 'Agreed at');
  return f.result(() => ({
    reviewId: reviewId!,
    rowId: rowId!,
    column: column!,
    evidence,
    evidenceLinks,
    nextSteps,
    agreedBy,
    agreedAt: agreedAt!,
  }));
}

