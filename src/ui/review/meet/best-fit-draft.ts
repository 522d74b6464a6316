import type { ColumnNumber } from '../../../domain/catalogue/types';
import type { AgreedBestFit, Participant } from '../../../domain/review/types';
import type { FieldError } from '../../../domain/validation/result';
import { validateAgreedBestFit } from '../../../domain/validation/review';

/** The meeting form's fields as typed: links one per line, who agreed as participant ids. */
export interface BestFitDraft {
  readonly column: ColumnNumber | undefined;
  readonly evidence: string;
  readonly links: string;
  readonly nextSteps: string;
  readonly agreedBy: readonly string[];
}

/** A new row's form: nothing chosen, everyone on the panel ticked as agreeing (untick anyone absent). */
export function emptyDraft(participants: readonly Participant[]): BestFitDraft {
  return { column: undefined, evidence: '', links: '', nextSteps: '', agreedBy: participants.map((p) => p.id) };
}

export function draftOf(fit: AgreedBestFit): BestFitDraft {
  return {
    column: fit.column,
    evidence: fit.evidence,
    links: fit.evidenceLinks.join('\n'),
    nextSteps: fit.nextSteps,
    agreedBy: fit.agreedBy,
  };
}

/** Checks the draft with the domain's rules; errors come back per form field. */
export function bestFitFromDraft(
  draft: BestFitDraft,
  at: { reviewId: string; rowId: string; now: Date },
): { ok: true; value: AgreedBestFit } | { ok: false; errors: Readonly<Partial<Record<DraftField, string>>> } {
  const result = validateAgreedBestFit({
    reviewId: at.reviewId,
    rowId: at.rowId,
    column: draft.column,
    evidence: draft.evidence,
    evidenceLinks: draft.links
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
    nextSteps: draft.nextSteps,
    agreedBy: draft.agreedBy,
    agreedAt: at.now.toISOString(),
  });
  if (result.ok) return { ok: true, value: result.value };
  return { ok: false, errors: draftErrors(result.errors) };
}

export type DraftField = keyof BestFitDraft;

const fieldOfPath: Readonly<Record<string, DraftField>> = {
  column: 'column',
  evidence: 'evidence',
  evidenceLinks: 'links',
  nextSteps: 'nextSteps',
  agreedBy: 'agreedBy',
};

/** The draft's own fields, each with every message about it (a path such as evidenceLinks[2] belongs to its field). */
function draftErrors(errors: readonly FieldError[]): Partial<Record<DraftField, string>> {
  const out: Partial<Record<DraftField, string>> = {};
  for (const e of errors) {
    const field = fieldOfPath[e.field.replace(/\[\d+\].*$/, '')];
    if (field) out[field] = out[field] ? `${out[field]} ${e.message}` : e.message;
  }
  return out;
}

/** Two texts as one, keeping both: the same (or one inside the other) stays single, otherwise theirs then mine. */
export function joinTexts(theirs: string, mine: string): string {
  const a = theirs.trim();
  const b = mine.trim();
  if (!a || b.includes(a)) return b;
  if (!b || a.includes(b)) return a;
  return `${a}\n\n${b}`;
}

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/**
 * "Combine" after a conflict: nothing either person wrote is lost. Evidence and next steps hold both texts,
 * links and who agreed are merged; the column is the one this person chose (they can change it before saving).
 */
export function combineDrafts(theirs: AgreedBestFit | null, mine: AgreedBestFit): BestFitDraft {
  if (!theirs) return draftOf(mine);
  return {
    column: mine.column,
    evidence: joinTexts(theirs.evidence, mine.evidence),
    links: union(theirs.evidenceLinks, mine.evidenceLinks).join('\n'),
    nextSteps: joinTexts(theirs.nextSteps, mine.nextSteps),
    agreedBy: union(theirs.agreedBy, mine.agreedBy),
  };
}
