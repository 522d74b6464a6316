import { describe, expect, it } from 'vitest';
import * as reviews from '../../../../src/data/reviews/mappers';
import type { Review } from '../../../../src/domain/review/types';

const review: Review = {
  id: 'r1',
  institutionId: 'school',
  variant: 'schools',
  title: 'Autumn review',
  date: '2025-11-20',
  status: 'agreed',
  participants: [{ id: 'ann', displayName: 'Ann' }],
  agreement: { by: 'ann', at: '2025-11-27T16:05:00Z' },
  reopenings: [{ by: 'ben', at: '2025-11-26T09:00:00Z', reason: 'Row 2.3 evidence was wrong.', agreement: { by: 'ann', at: '2025-11-25T12:00:00Z' } }],
};

describe('review mappers keep the agreement, its reopenings and draft notes', () => {
  it('round-trips who agreed, when, and every reopening with its reason', () => {
    const fields = reviews.reviewToFields(review);
    expect(fields).toMatchObject({ AgreedBy: 'ann', AgreedAt: '2025-11-27T16:05:00Z', ReviewDate: '2025-11-20' });
    expect(reviews.reviewFromFields(fields)).toEqual(review);
  });

  it('writes empty columns for a review never agreed, and reads it back without them', () => {
    const { agreement: _a, reopenings: _r, ...plain } = review;
    const fields = reviews.reviewToFields({ ...plain, status: 'meeting' });
    expect(fields).toMatchObject({ AgreedBy: null, AgreedAt: null, Reopenings: null });
    expect(reviews.reviewFromFields(fields)).toEqual({ ...plain, status: 'meeting' });
  });

  it('saves a draft with an empty choice and reads it back as a draft, not as "not sure"', () => {
    const draft = { reviewId: 'r1', rowId: '1.1', participantId: 'ann', note: 'Check the Year 10 data' };
    const fields = reviews.reflectionToFields(draft);
    expect(fields.Choice).toBeNull();
    expect(reviews.reflectionEntryFromFields(fields)).toEqual(draft);
    expect(reviews.reflectionFromFields(fields)).toBeNull();
    const chosen = reviews.reflectionToFields({ ...draft, choice: 'not-sure' });
    expect(reviews.reflectionFromFields(chosen)).toEqual({ ...draft, choice: 'not-sure' });
  });
});
