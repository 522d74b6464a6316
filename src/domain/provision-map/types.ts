import type { AcademicYear } from '../academic-year';
import type { Term } from '../catalogue/provision';
import type { BenchmarkNumber, StageId, YearGroup } from '../catalogue/types';

export type Audience =
  | { readonly kind: 'universal' }
  | { readonly kind: 'targeted'; readonly group: string };

/** One activity placed on the provision map. */
export interface Activity {
  /** Client-generated key, also the SharePoint item's key column, so a retried create never duplicates. */
  readonly id: string;
  readonly stage: StageId;
  readonly yearGroup: YearGroup;
  readonly title: string;
  /** Category ids (an activity may sit in more than one category). */
  readonly categories: readonly string[];
  /** Learning outcome ids it serves. */
  readonly learningOutcomes: readonly string[];
  readonly benchmarks: readonly BenchmarkNumber[];
  readonly audience: Audience;
  /** When in the year it happens; absent when the school's map does not say ("not stated"). */
  readonly term?: Term;
  readonly parentsAndCarers: boolean;
  /** The education or training provider, for Provider Access Legislation encounters. */
  readonly provider?: string;
  readonly evidenceLink?: string;
  /**
   * The academic year the activity runs in. Set on everything read from the lists; a new activity takes the year
   * of the map it is added to.
   */
  readonly academicYear?: AcademicYear;
  /** Carried forward from last year and not yet confirmed for this one ("to confirm"). */
  readonly toConfirm?: boolean;
}

export interface ProvisionMap {
  readonly institutionId: string;
  /** The academic year this map describes (absent only for a map not yet tied to one). */
  readonly academicYear?: AcademicYear;
  /** The year groups this institution maps, in order (7–11, plus 12–13 where there is a sixth form). */
  readonly yearGroups: readonly YearGroup[];
  readonly activities: readonly Activity[];
  /** Up to five learning outcome ids chosen for each stage (seeds/000, Appendix 1). */
  readonly stageOutcomes: Readonly<Record<StageId, readonly string[]>>;
}
