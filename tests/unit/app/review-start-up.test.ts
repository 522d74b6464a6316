import { describe, expect, it } from 'vitest';

import { withStartUpReads } from '../../../src/app/tab/review-start-up';
import type { Review } from '../../../src/domain/review/types';
import type { ReviewData } from '../../../src/ui/review/data/adapter';
import type { LoadedReview } from '../../../src/ui/review/data/port';
import type { Versioned } from '../../../src/shared/versioned';

const review = (id: string, date: string, status: Review['status']): Versioned<Review> => ({
  itemId: id,
  eTag: `"{${id}},1"`,
  value: { id, institutionId: 'i', variant: 'schools', title: id, date, status, participants: [] },
});
const autumn = review('autumn', '2026-11-11', 'agreed');
const spring = review('spring', '2026-03-01', 'agreed');

/** A review port that records each call in order and answers at once. */
function recordingData() {
  const calls: string[] = [];
  const loaded = (id: string): LoadedReview => ({ review: id === 'autumn' ? autumn : spring, reflections: [], bestFits: [] });
  const data = {
    listReviews: () => (calls.push('list'), Promise.resolve([autumn, spring])),
    institution: () => (calls.push('institution'), Promise.resolve(undefined)),
    loadReview: (id: string) => (calls.push(`load ${id}`), Promise.resolve(loaded(id))),
    watchReviews: () => ({
      start: () => (calls.push('watch'), Promise.resolve()),
      poll: () => Promise.reject(new Error('not polled here')),
    }),
  } as unknown as ReviewData;
  return { data, calls };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the review’s start-up reads', () => {
  it('asks for the reviews, the institution and the watch at once, then the open review and the one its snapshot compares with', async () => {
    const { data, calls } = recordingData();
    const sections: string[] = [];
    const port = withStartUpReads(data, { reviewId: null, section: null, frame: 'content' }, (s, variant) => sections.push(`${s} (${variant})`));
    expect(calls).toEqual(['list', 'institution', 'watch']);
    await settle();
    // The newest review is agreed, so it opens on its snapshot, which compares it with the one before.
    expect(calls).toEqual(['list', 'institution', 'watch', 'load autumn', 'load spring']);
    expect(sections).toEqual(['snapshot (schools)']);

    // What the views then ask for is served from those reads, once.
    expect(await port.listReviews()).toEqual([autumn, spring]);
    await port.watchReviews().start();
    expect((await port.loadReview('autumn')).review).toBe(autumn);
    expect((await port.loadReview('spring')).review).toBe(spring);
    expect(calls).toHaveLength(5);
    await port.listReviews();
    await port.loadReview('autumn');
    await port.watchReviews().start();
    expect(calls.slice(5)).toEqual(['list', 'load autumn', 'watch']);
  });

  it('reads only the review the address names when it opens on another section, and nothing more to start one', async () => {
    const named = recordingData();
    withStartUpReads(named.data, { reviewId: 'spring', section: 'reflect', frame: 'content' });
    await settle();
    expect(named.calls.slice(3)).toEqual(['load spring']);

    const starting = recordingData();
    withStartUpReads(starting.data, { reviewId: null, section: 'start', frame: 'content' });
    await settle();
    expect(starting.calls).toEqual(['list', 'institution', 'watch']);
  });
});
