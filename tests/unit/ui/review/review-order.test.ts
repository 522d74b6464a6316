import { describe, expect, it } from 'vitest';

import type { Review } from '../../../../src/domain/review/types';
import { currentReview, previousReviewOf } from '../../../../src/ui/review/review-order';
import type { Versioned } from '../../../../src/shared/versioned';

const review = (id: string, date: string, over: Partial<Review> = {}): Versioned<Review> => ({
  itemId: id,
  eTag: '"{A},1"',
  value: { id, institutionId: 'i', variant: 'schools', title: id, date, status: 'agreed', participants: [], ...over },
});

describe('which review a tab opens on, and what it is compared with', () => {
  const reviews = [
    review('2025', '2025-11-12'),
    review('2026', '2026-11-11'),
    review('college', '2026-01-10', { variant: 'colleges' }),
    review('other-school', '2026-06-01', { institutionId: 'j' }),
  ];

  it('opens the newest review still under way, else the newest agreed', () => {
    expect(currentReview(reviews)?.value.id).toBe('2026');
    expect(currentReview([...reviews, review('next', '2027-03-01', { status: 'preparing' })])?.value.id).toBe('next');
    expect(currentReview([...reviews, review('old-draft', '2024-03-01', { status: 'meeting' })])?.value.id).toBe('old-draft');
  });

  it('compares with the latest earlier review of the same institution against the same model', () => {
    expect(previousReviewOf(reviews[1]!.value, reviews)?.value.id).toBe('2025');
    expect(previousReviewOf(reviews[0]!.value, reviews)).toBeUndefined();
    expect(previousReviewOf(reviews[2]!.value, reviews)).toBeUndefined();
  });
});
