import type { AgreedBestFit, DraftReflection, Reflection, ReflectionEntry } from './types';

/**
 * Reflections grouped by row, one per participant. If a participant somehow has two reflections for a row
 * (a retried save), the later one in the list wins: lists are read in modification order.
 */
export function reflectionsByRow(reflections: readonly Reflection[]): Map<string, Reflection[]> {
  const byRowAndPerson = new Map<string, Map<string, Reflection>>();
  for (const r of reflections) {
    let forRow = byRowAndPerson.get(r.rowId);
    if (!forRow) byRowAndPerson.set(r.rowId, (forRow = new Map()));
    forRow.set(r.participantId, r);
  }
  const out = new Map<string, Reflection[]>();
  for (const [rowId, forRow] of byRowAndPerson) out.set(rowId, [...forRow.values()]);
  return out;
}

/** One participant's reflections keyed by row id (later duplicates win, as above). */
export function reflectionsOf<R extends ReflectionEntry>(participantId: string, reflections: readonly R[]): Map<string, R> {
  const out = new Map<string, R>();
  for (const r of reflections) if (r.participantId === participantId) out.set(r.rowId, r);
  return out;
}

/** The agreed best fit for each row (later duplicates win). */
export function bestFitsByRow(bestFits: readonly AgreedBestFit[]): Map<string, AgreedBestFit> {
  const out = new Map<string, AgreedBestFit>();
  for (const b of bestFits) out.set(b.rowId, b);
  return out;
}

/** A draft is a note kept without a choice: not yet a reflection. */
export const isDraft = (entry: ReflectionEntry): entry is DraftReflection => entry.choice === undefined;

/** The reflections among saved entries, drafts left out: what the spread and progress count. */
export const chosenReflections = (entries: readonly ReflectionEntry[]): Reflection[] =>
  entries.filter((e): e is Reflection => !isDraft(e));
