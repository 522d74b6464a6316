import type { MaturityModel, MaturityRow } from '../catalogue/types';
import { chosenReflections, reflectionsOf } from './indexes';
import { rowsWithThemes } from './model-rows';
import type { ReflectionEntry } from './types';

export interface ReflectionProgress {
  /** Rows of the model this participant has reflected on ("not sure" counts: it is an answer). */
  readonly answered: number;
  readonly total: number;
  readonly complete: boolean;
  /** e.g. "17 of 32". */
  readonly summary: string;
  /** The first row, in model order, still to reflect on: where to resume. Absent when complete. */
  readonly resumeAt?: MaturityRow;
}

/** How far one participant has got with their reflections before the meeting (drafts are still to do). */
export function progress(
  participantId: string,
  model: MaturityModel,
  reflections: readonly ReflectionEntry[],
): ReflectionProgress {
  const mine = reflectionsOf(participantId, chosenReflections(reflections));
  const rows = rowsWithThemes(model);
  const answered = rows.filter(({ row }) => mine.has(row.id)).length;
  const resumeAt = rows.find(({ row }) => !mine.has(row.id))?.row;
  return {
    answered,
    total: rows.length,
    complete: answered === rows.length,
    summary: `${answered} of ${rows.length}`,
    ...(resumeAt ? { resumeAt } : {}),
  };
}
