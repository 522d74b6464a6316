import type { ReviewComparison } from '../../../domain/review/compare';

/** The comparison with the previous review, or why there is none. */
export type PreviousReview =
  | {
      readonly kind: 'compared';
      /** "Internal leadership review, autumn 2025 (12 November 2025)". */
      readonly label: string;
      /** "12 November 2025": short enough for a column heading. */
      readonly date: string;
      readonly comparison: ReviewComparison;
    }
  | { readonly kind: 'none'; readonly message: string };
