import type { BenchmarkNumber, StatutoryItemId } from '../catalogue/types';

/**
 * A kind of data that can bear on a governor's question. The table in `question-sources.ts` says which bear on
 * which question; `bearings.ts` turns each into what the report shows.
 */
export type EvidenceSpec =
  /** Maturity rows as the latest agreed review left them; `colleges` where the colleges model numbers them apart. */
  | { readonly kind: 'rows'; readonly rows: readonly string[]; readonly colleges?: readonly string[] }
  /** The map's activities evidencing a benchmark, year group by year group. */
  | { readonly kind: 'benchmark-years'; readonly benchmark: BenchmarkNumber }
  | { readonly kind: 'duties'; readonly duties: readonly StatutoryItemId[] }
  /** Provider Access Legislation encounters per key phase. */
  | { readonly kind: 'pal' }
  /** Which internal leadership reviews have been agreed, and when. */
  | { readonly kind: 'reviews' }
  /** The strategic careers plan in numbers: priorities, objectives, actions, overdue, next steps taken up. */
  | { readonly kind: 'plan' }
  /** The institution and careers visions and the priorities they lead to. */
  | { readonly kind: 'visions' }
  /** Who leads the plan's actions. */
  | { readonly kind: 'leads' }
  /** Activities that involve parents and carers, year group by year group. */
  | { readonly kind: 'parents-carers' }
  /** Learning outcomes addressed and progressing, and the map's coverage of stages and years. */
  | { readonly kind: 'outcomes' }
  /** Activities for targeted groups of learners. */
  | { readonly kind: 'targeted' }
  /** Something Waypoint does not record: said plainly, so governors know to ask. */
  | { readonly kind: 'not-recorded'; readonly text: string };
