import type { MaturityModel } from '../catalogue/types';
import type { ReviewRecord } from '../institution-data';
import type { Review } from '../review/types';
import { compareReviews, type RowChange } from '../review/compare';
import { themeDistribution } from '../review/distribution';
import { strengthsAndPriorities } from '../review/strengths';
import { formatDate } from '../validation/dates';
import type { MaturitySnapshot } from './types';

const byDate = (a: { readonly review: Review }, b: { readonly review: Review }): number =>
  a.review.date.localeCompare(b.review.date) || a.review.id.localeCompare(b.review.id);

/**
 * The latest agreed review and the agreed one before it (reviews of other model variants cannot be compared).
 * Works on anything carrying a review, so callers holding only the reviews list can pick which to load.
 */
export function agreedReviews<T extends { readonly review: Review }>(
  reviews: readonly T[],
  model: Pick<MaturityModel, 'variant'>,
): { current?: T; previous?: T } {
  const agreed = reviews.filter((r) => r.review.status === 'agreed' && r.review.variant === model.variant).sort(byDate);
  const current = agreed[agreed.length - 1];
  const previous = agreed[agreed.length - 2];
  return { ...(current ? { current } : {}), ...(previous ? { previous } : {}) };
}

/**
 * Where the latest agreed internal leadership review put each theme, and what moved since the previous agreed
 * one. A review still being prepared or met about is named, but only an agreed review is a fixed record to report.
 */
export function maturitySnapshot(reviews: readonly ReviewRecord[], model: MaturityModel): MaturitySnapshot {
  const { current, previous } = agreedReviews(reviews, model);
  const inProgress = reviews
    .filter((r) => r.review.status !== 'agreed' && (!current || byDate(r, current) > 0))
    .sort(byDate)
    .at(-1)?.review;
  const pending = inProgress ? { inProgress } : {};
  if (!current) {
    return {
      ...pending,
      distribution: themeDistribution(model, []),
      moved: [],
      message: 'No internal leadership review has been agreed yet.',
    };
  }
  const base = {
    current: current.review,
    ...pending,
    distribution: themeDistribution(model, current.bestFits),
    highlights: strengthsAndPriorities(model, current.bestFits),
  };
  if (!previous) {
    return {
      ...base,
      moved: [],
      message: `This is the first agreed review (${formatDate(current.review.date)}), so there is no change to show yet.`,
    };
  }
  const comparison = compareReviews(model, current.bestFits, previous.bestFits);
  const changeCounts: Record<RowChange, number> = { up: 0, down: 0, same: 0, new: 0, 'not-agreed': 0 };
  for (const r of comparison.rows) changeCounts[r.change] += 1;
  return {
    ...base,
    previous: previous.review,
    comparison,
    changeCounts,
    moved: comparison.rows.filter((r) => r.change === 'up' || r.change === 'down'),
  };
}
