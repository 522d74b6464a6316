import { useState } from 'react';

import { loadMaturityModel } from '../../common/maturity-model';
import { compareReviews } from '../../../domain/review/compare';
import type { Review } from '../../../domain/review/types';
import type { Versioned } from '../../../shared/versioned';
import { UserFacingError } from '../../common/user-facing-error';
import { useFetchReviewRecord } from '../data/queries';
import type { Comparison } from './comparison-table';

/**
 * Choosing two reviews and comparing them: the two most recently ticked are kept, and comparing loads both
 * reviews' best fits. Reviews of different maturity models (schools and colleges) cannot be compared.
 */
export function useReviewComparison(sorted: readonly Versioned<Review>[]) {
  const [picked, setPicked] = useState<readonly string[]>([]);
  const [comparison, setComparison] = useState<Comparison | 'loading' | undefined>();
  const [failure, setFailure] = useState<unknown>();
  const loadReview = useFetchReviewRecord();

  const toggle = (id: string, on: boolean): void => {
    setPicked((p) => (on ? [...p.filter((x) => x !== id), id].slice(-2) : p.filter((x) => x !== id)));
    setComparison(undefined);
  };

  const compare = async (): Promise<void> => {
    const chosen = sorted.filter((r) => picked.includes(r.value.id)).map((r) => r.value);
    const [later, earlier] = chosen;
    if (!later || !earlier) return;
    if (later.variant !== earlier.variant) {
      setComparison(undefined);
      setFailure(new UserFacingError('These two reviews used different maturity models (schools and colleges), so their rows cannot be compared.'));
      return;
    }
    setComparison('loading');
    setFailure(undefined);
    try {
      const [a, b, model] = await Promise.all([loadReview(later.id), loadReview(earlier.id), loadMaturityModel(later.variant)]);
      setComparison({
        earlier,
        later,
        result: compareReviews(model, a.bestFits.map((x) => x.value), b.bestFits.map((x) => x.value)),
      });
    } catch (error) {
      setComparison(undefined);
      setFailure(error);
    }
  };

  return { picked, toggle, comparison, compare, failure, setFailure };
}
