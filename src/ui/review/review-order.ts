import type { Review } from '../../domain/review/types';
import type { Versioned } from '../../shared/versioned';

/** Newest meeting first; equal dates keep a stable order by id. */
export function newestFirst<T extends Versioned<Review>>(reviews: readonly T[]): T[] {
  return [...reviews].sort((a, b) => b.value.date.localeCompare(a.value.date) || a.value.id.localeCompare(b.value.id));
}

/**
 * The review a tab opens on: the newest one still under way (reflecting or in the meeting), otherwise the
 * newest agreed one.
 */
export function currentReview<T extends Versioned<Review>>(reviews: readonly T[]): T | undefined {
  const sorted = newestFirst(reviews);
  return sorted.find((r) => r.value.status !== 'agreed') ?? sorted[0];
}

/** The review to compare with: the latest earlier review of the same institution against the same model. */
export function previousReviewOf<T extends Versioned<Review>>(current: Review, reviews: readonly T[]): T | undefined {
  return newestFirst(reviews).find(
    (r) =>
      r.value.id !== current.id &&
      r.value.institutionId === current.institutionId &&
      r.value.variant === current.variant &&
      r.value.date < current.date,
  );
}
