import type { ColumnNumber } from '../catalogue/types';
import type { Participant, ReflectionChoice, ReflectionEntry } from './types';

/**
 * How far apart the participants' reflections on one row are.
 *
 * Disagreement is measured on the columns chosen (1–4); "not sure" is uncertainty, not a column, so it never
 * widens or narrows the spread. The score is `range + standardDeviation / 2`:
 *  - range (max − min, 0–3) comes first: a row where someone said 1 and someone said 4 needs the most talk;
 *  - the (population) standard deviation breaks ties between equal ranges: 1,1,4,4 is a deeper split than 1,4,4,4.
 *    It is never more than half the range, so halving it keeps the score below the next whole range and the
 *    order is exactly "range, then standard deviation".
 * Fewer than two column choices means no disagreement (score 0). Uncertainty is reported separately and is the
 * agenda's next tie-breaker.
 */
export interface ReflectionSpread {
  readonly rowId: string;
  /** How many chose each column. */
  readonly counts: Readonly<Record<ColumnNumber, number>>;
  readonly notSure: number;
  /** Who chose what, in the review's participant order. */
  readonly byChoice: Readonly<Record<ReflectionChoice, readonly Participant[]>>;
  readonly responded: readonly Participant[];
  readonly notYet: readonly Participant[];
  /** Lowest and highest column chosen; absent when nobody chose a column. */
  readonly min?: ColumnNumber;
  readonly max?: ColumnNumber;
  /** max − min, 0 when fewer than two columns were chosen. */
  readonly range: number;
  readonly standardDeviation: number;
  /** range + standardDeviation / 2, rounded to 3 decimal places so equal spreads compare equal. */
  readonly disagreement: number;
}

/**
 * The spread of reflections on one row. Only the review's participants count: a reflection from someone no
 * longer on the panel is ignored; a draft (a note without a choice) is not yet a reflection. `reflections` may hold
 * every row's reflections for the review.
 */
export function reflectionSpread(
  row: { readonly id: string },
  reflections: readonly ReflectionEntry[],
  participants: readonly Participant[],
): ReflectionSpread {
  const choiceOf = new Map<string, ReflectionChoice>();
  for (const r of reflections) if (r.rowId === row.id && r.choice !== undefined) choiceOf.set(r.participantId, r.choice);

  const counts: Record<ColumnNumber, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const byChoice: Record<ReflectionChoice, Participant[]> = { 1: [], 2: [], 3: [], 4: [], 'not-sure': [] };
  const responded: Participant[] = [];
  const notYet: Participant[] = [];
  const chosen: ColumnNumber[] = [];

  for (const p of participants) {
    const choice = choiceOf.get(p.id);
    if (choice === undefined) {
      notYet.push(p);
      continue;
    }
    responded.push(p);
    byChoice[choice].push(p);
    if (choice !== 'not-sure') {
      counts[choice] += 1;
      chosen.push(choice);
    }
  }

  const min = chosen.length ? (Math.min(...chosen) as ColumnNumber) : undefined;
  const max = chosen.length ? (Math.max(...chosen) as ColumnNumber) : undefined;
  const range = min !== undefined && max !== undefined ? max - min : 0;
  const standardDeviation = populationStandardDeviation(chosen);
  const disagreement = Math.round((range + standardDeviation / 2) * 1000) / 1000;

  return {
    rowId: row.id,
    counts,
    notSure: byChoice['not-sure'].length,
    byChoice,
    responded,
    notYet,
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    range,
    standardDeviation,
    disagreement,
  };
}

function populationStandardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
  return Math.sqrt(variance);
}
