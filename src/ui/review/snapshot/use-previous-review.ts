import { useMemo } from 'react';

import type { MaturityModel } from '../../../domain/catalogue/types';
import { compareReviews } from '../../../domain/review/compare';
import type { AgreedBestFit, Review } from '../../../domain/review/types';
import { formatDate } from '../../../domain/validation/dates';
import { messageOf } from '../../common/error-bar';
import { useReviewRecord } from '../data/queries';
import type { PreviousReview } from './previous';

/**
 * This review's best fits compared with the previous review's, once that is loaded (undefined while it loads), or
 * why there is nothing to compare with.
 */
export function usePreviousReview(
  model: MaturityModel,
  bestFits: readonly AgreedBestFit[],
  previousReview: Review | undefined,
): PreviousReview | undefined {
  // The query's result is a new object on every render; what the comparison uses is not.
  const { isPending, error, data: previous } = useReviewRecord(previousReview?.id);
  return useMemo((): PreviousReview | undefined => {
    if (!previousReview) {
      return { kind: 'none', message: 'This is the first review of this institution, so there is nothing to compare with yet.' };
    }
    if (error) return { kind: 'none', message: `The previous review could not be loaded. ${messageOf(error)}` };
    if (isPending || !previous) return undefined;
    const previousBestFits = previous.bestFits.map((b) => b.value);
    return {
      kind: 'compared',
      label: `${previousReview.title} (${formatDate(previousReview.date)})`,
      date: formatDate(previousReview.date),
      comparison: compareReviews(model, bestFits, previousBestFits),
    };
  }, [previousReview, isPending, error, previous, model, bestFits]);
}
