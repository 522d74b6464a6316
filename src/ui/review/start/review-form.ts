import type { ModelVariant } from '../../../domain/catalogue/types';
import type { Participant, Review } from '../../../domain/review/types';
import type { FieldError } from '../../../domain/validation/result';
import { validateReview } from '../../../domain/validation/review';

/** One line of the participants list as typed. */
export interface ParticipantLine {
  readonly key: string;
  readonly displayName: string;
  /** Email or user name: lets the person sign in and reflect (their id); optional for someone without one. */
  readonly email: string;
  readonly role: string;
}

export interface ReviewFormValues {
  readonly title: string;
  readonly date: string;
  readonly variant: ModelVariant;
  readonly participants: readonly ParticipantLine[];
}

/** "Internal leadership review, spring 2027" from the meeting date (autumn from September, spring from January). */
export function suggestedTitle(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  if (!year || !month) return 'Internal leadership review';
  const term = month >= 9 ? 'autumn' : month >= 5 ? 'summer' : 'spring';
  return `Internal leadership review, ${term} ${year}`;
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'person';

/** A participant's id: their email or user name when given (so they can sign in as themselves), else made up. */
export function participantOf(line: ParticipantLine, makeId: () => string): Participant {
  const email = line.email.trim().toLowerCase();
  const role = line.role.trim();
  return {
    id: email || `person-${slug(line.displayName)}-${makeId().slice(0, 8)}`,
    displayName: line.displayName.trim(),
    ...(role ? { role } : {}),
  };
}

export type FormErrors = Readonly<Record<string, string>>;

/** Builds the review and checks it with the domain's rules; errors are keyed by field path. */
export function reviewFromForm(
  values: ReviewFormValues,
  context: { institutionId: string; makeId: () => string },
): { ok: true; review: Review } | { ok: false; errors: FormErrors } {
  const emailProblems = values.participants.flatMap((line, i): FieldError[] =>
    line.email.trim() && !/^[^\s@:]+@[^\s@:]+$/.test(line.email.trim())
      ? [{ field: `participants[${i}].email`, message: 'Email or user name must look like name@school.org.' }]
      : [],
  );
  const kept = values.participants
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.displayName.trim() || line.email.trim() || line.role.trim());
  const result = validateReview({
    id: `review-${values.date || 'undated'}-${context.makeId().slice(0, 8)}`,
    institutionId: context.institutionId,
    variant: values.variant,
    title: values.title,
    date: values.date,
    status: 'preparing',
    participants: kept.map(({ line }) => participantOf(line, context.makeId)),
  });
  // Blank lines are skipped, so the rules' "participants[k]" is the k-th line kept, not the k-th on screen.
  const onScreen = (field: string): string =>
    field.replace(/^participants\[(\d+)\]/, (_, k: string) => `participants[${kept[Number(k)]?.index ?? k}]`).replace(/\.id$/, '.email');
  const errors = [...emailProblems, ...(result.ok ? [] : result.errors.map((e) => ({ ...e, field: onScreen(e.field) })))];
  if (errors.length > 0 || !result.ok) {
    return { ok: false, errors: Object.fromEntries(errors.map((e) => [e.field, e.message])) };
  }
  return { ok: true, review: result.value };
}
