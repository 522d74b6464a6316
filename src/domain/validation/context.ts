import type { ActivityCategory, LearningOutcome, YearGroup } from '../catalogue/types';

/** What an input is checked against, beyond its own shape. */
export interface ValidationContext {
  /** The institution's configured year groups (`Institution.yearGroups`). */
  readonly yearGroups: readonly YearGroup[];
  /** Activity categories; defaults to the catalogue's. */
  readonly categories?: readonly ActivityCategory[];
  /** The school's own learning outcomes, allowed alongside the universal ones. */
  readonly ownOutcomes?: readonly LearningOutcome[];
  /** Row ids of the maturity model in use; when given, row references are checked against it. */
  readonly rowIds?: readonly string[];
}
