import { describe, expect, it, vi } from 'vitest';
import { maturityModel } from '../../../../../src/domain/catalogue';

import type { AgreedBestFit, Reflection, Review } from '../../../../../src/domain/review/types';
import type { ReviewData } from '../../../../../src/ui/review/data/adapter';
import type { ReviewChanges, ReviewWatcher } from '../../../../../src/ui/review/data/port';
import { QueryClient } from '@tanstack/react-query';
import { refreshOpenReview } from '../../../../../src/ui/review/data/delta';
import { openedReview, type OpenReviewState, snapshotOf } from '../../../../../src/ui/review/data/review-state';
import { openReviewKey, REFLECTION_RETRY_MS, reviewWrites } from '../../../../../src/ui/review/data/writes';
import type { LoadedReview } from '../../../../../src/ui/review/data/port';
import { ConflictError, GraphError } from '../../../../../src/shared/service-error';
import type { ItemVersion, Versioned } from '../../../../../src/shared/versioned';

const review: Versioned<Review> = {
  itemId: '1',
  eTag: '"{R},1"',
  value: { id: 'r', institutionId: 'i', variant: 'schools', title: 'T', date: '2026-11-11', status: 'meeting', participants: [] },
};
const reflection = (rowId: string, choice: Reflection['choice'], note = ''): Reflection => ({
  reviewId: 'r',
  rowId,
  participantId: 'me@x.org',
  choice,
  note,
});
const fit = (rowId: string, column: AgreedBestFit['column']): AgreedBestFit => ({
  reviewId: 'r',
  rowId,
  column,
  evidence: '',
  evidenceLinks: [],
  nextSteps: '',
  agreedBy: ['me@x.org'],
  agreedAt: '2026-11-11T10:00:00Z',
});
const none = { changed: [], deletedItemIds: [], resynced: false };

/** A data layer in memory: saves are held until released, so ordering can be checked. */
function fakeData() {
  const saves: { reflection: Reflection; basedOn: ItemVersion | null; release: (v: unknown) => void }[] = [];
  let version = 1;
  const data = {
    saveReflection: (r: Reflection, basedOn: ItemVersion | null) =>
      new Promise((resolve, reject) =>
        saves.push({
          reflection: r,
          basedOn,
          release: (v) => (v instanceof Error ? reject(v) : resolve(v ?? { value: r, itemId: `i-${r.rowId}`, eTag: `"{X},${++version}"` })),
        }),
      ),
  } as unknown as ReviewData;
  return { data, saves };
}

function watcherOf(changes: ReviewChanges[]): ReviewWatcher {
  return { start: () => Promise.resolve(), poll: () => Promise.resolve(changes.shift()!) };
}

/** The review open in a query cache of its own: its writes, its incremental refresh and what the views see. */
function openIn(data: ReviewData, bundle: LoadedReview, watcher: ReviewWatcher) {
  const client = new QueryClient();
  client.setQueryData(openReviewKey('r'), openedReview(bundle, watcher));
  return {
    ...reviewWrites(client, data, 'r'),
    refresh: () => refreshOpenReview(client, 'r'),
    getSnapshot: () => snapshotOf(client.getQueryData<OpenReviewState>(openReviewKey('r'))!),
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('an open review', () => {
  it('shows a reflection at once, saves in order one at a time per row, and says when it is saved', async () => {
    const { data, saves } = fakeData();
    const session = openIn(data, { review, reflections: [], bestFits: [] }, watcherOf([]));
    session.saveReflection(reflection('1.1', 2));
    session.saveReflection(reflection('1.1', 3));
    expect(session.getSnapshot().reflections).toEqual([reflection('1.1', 3)]);
    expect(session.getSnapshot().reflectionSaves.get('1.1')).toEqual({ status: 'saving' });
    expect(saves).toHaveLength(1);

    saves[0]!.release(undefined);
    await flush();
    // The newer choice goes next, quoting the eTag the first save returned.
    expect(saves).toHaveLength(2);
    expect(saves[1]!.reflection.choice).toBe(3);
    expect(saves[1]!.basedOn).toEqual({ itemId: 'i-1.1', eTag: '"{X},2"' });
    saves[1]!.release(undefined);
    await flush();
    expect(session.getSnapshot().reflectionSaves.get('1.1')).toEqual({ status: 'saved' });
  });

  it('saves again on top of the stored version when the same person changed it in another window', async () => {
    const { data, saves } = fakeData();
    const session = openIn(data, { review, reflections: [], bestFits: [] }, watcherOf([]));
    session.saveReflection(reflection('1.2', 1));
    const theirs = { value: reflection('1.2', 4), itemId: 'i-1.2', eTag: '"{X},9"' };
    saves[0]!.release(new ConflictError({ ours: reflection('1.2', 1), basedOn: null, theirs }));
    await flush();
    expect(saves[1]!.basedOn).toEqual({ itemId: 'i-1.2', eTag: '"{X},9"' });
    saves[1]!.release(undefined);
    await flush();
    expect(session.getSnapshot().reflections).toEqual([reflection('1.2', 1)]);
  });

  it('keeps a failed save on screen with its error, and tries again when asked', async () => {
    const { data, saves } = fakeData();
    const session = openIn(data, { review, reflections: [], bestFits: [] }, watcherOf([]));
    session.saveReflection(reflection('1.3', 2));
    saves[0]!.release(new Error('offline'));
    await flush();
    expect(session.getSnapshot().reflectionSaves.get('1.3')).toMatchObject({ status: 'failed' });
    expect(session.getSnapshot().reflections).toEqual([reflection('1.3', 2)]);
    session.retryReflection('1.3', 'me@x.org');
    expect(saves).toHaveLength(2);
  });

  it('says "not saved yet" when SharePoint cannot be reached, keeps the text and saves by itself a few seconds later', async () => {
    vi.useFakeTimers();
    try {
      const { data, saves } = fakeData();
      const session = openIn(data, { review, reflections: [], bestFits: [] }, watcherOf([]));
      session.saveReflection(reflection('1.4', 3, 'Typed while offline.'));
      saves[0]!.release(new GraphError({ status: 0, message: 'No response from the service' }));
      await vi.advanceTimersByTimeAsync(0);
      expect(session.getSnapshot().reflectionSaves.get('1.4')).toEqual({ status: 'waiting' });
      expect(session.getSnapshot().reflections).toEqual([reflection('1.4', 3, 'Typed while offline.')]);
      expect(saves).toHaveLength(1);

      await vi.advanceTimersByTimeAsync(REFLECTION_RETRY_MS);
      expect(saves).toHaveLength(2);
      expect(saves[1]!.reflection).toEqual(reflection('1.4', 3, 'Typed while offline.'));
      saves[1]!.release(undefined);
      await vi.advanceTimersByTimeAsync(0);
      expect(session.getSnapshot().reflectionSaves.get('1.4')).toEqual({ status: 'saved' });
      // Saved: nothing more is tried.
      await vi.advanceTimersByTimeAsync(REFLECTION_RETRY_MS * 2);
      expect(saves).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes other people’s best fits from the live refresh, and never an older version than it holds', async () => {
    const held = { value: fit('1.1', 2), itemId: '7', eTag: '"{B},5"' };
    const session = openIn(
      fakeData().data,
      { review, reflections: [], bestFits: [held] },
      watcherOf([
        { reviews: none, reflections: none, bestFits: { ...none, changed: [{ value: fit('1.1', 1), itemId: '7', eTag: '"{B},4"' }] } },
        { reviews: none, reflections: none, bestFits: { ...none, changed: [{ value: fit('1.1', 3), itemId: '7', eTag: '"{B},6"' }] } },
        { reviews: none, reflections: none, bestFits: { ...none, deletedItemIds: ['7'] } },
      ]),
    );
    await session.refresh();
    expect(session.getSnapshot().bestFits).toEqual([fit('1.1', 2)]);
    await session.refresh();
    expect(session.getSnapshot().bestFits).toEqual([fit('1.1', 3)]);
    expect(session.getSnapshot().lastRemoteChange).toMatchObject({ rowId: '1.1', column: 3 });
    await session.refresh();
    expect(session.getSnapshot().bestFits).toEqual([]);
  });

  it('keeps a refresh failure for display rather than throwing, and clears it when the next one works', async () => {
    const watcher: ReviewWatcher = {
      start: () => Promise.resolve(),
      poll: (() => {
        let n = 0;
        return () => (n++ === 0 ? Promise.reject(new Error('down')) : Promise.resolve({ reviews: none, reflections: none, bestFits: none }));
      })(),
    };
    const session = openIn(fakeData().data, { review, reflections: [], bestFits: [] }, watcher);
    await session.refresh();
    expect(session.getSnapshot().refreshError).toBeInstanceOf(Error);
    await session.refresh();
    expect(session.getSnapshot().refreshError).toBeUndefined();
  });
});

describe('agreeing and reopening the review', () => {
  const model = maturityModel('schools');
  const allRows = model.themes.flatMap((t) => t.rows).map((r) => ({ value: fit(r.id, 2), itemId: `b-${r.id}`, eTag: '"{B},1"' }));
  function saving() {
    const stored: Review[] = [];
    const data = {
      updateReview: (r: Review) => {
        stored.push(r);
        return Promise.resolve({ value: r, itemId: '1', eTag: `"{R},${stored.length + 1}"` });
      },
    } as unknown as ReviewData;
    return { data, stored };
  }

  it('records who agreed and the real time, apart from the meeting date; a reopening keeps its reason', async () => {
    const { data, stored } = saving();
    const session = openIn(data, { review, reflections: [], bestFits: allRows }, watcherOf([]));
    await session.agree('me@x.org', model);
    const agreed = session.getSnapshot().review.value;
    expect(agreed.status).toBe('agreed');
    expect(agreed.date).toBe('2026-11-11');
    expect(agreed.agreement?.by).toBe('me@x.org');
    expect(Date.now() - Date.parse(agreed.agreement!.at)).toBeLessThan(5_000);

    await expect(session.reopen('me@x.org', '  ', true)).rejects.toThrow(/Say why/);
    await session.reopen('me@x.org', 'Row 1.1 evidence was wrong.', true);
    const reopened = session.getSnapshot().review.value;
    expect(reopened.status).toBe('meeting');
    expect(reopened.reopenings).toEqual([expect.objectContaining({ reason: 'Row 1.1 evidence was wrong.', agreement: agreed.agreement })]);
    expect(stored).toHaveLength(2);
  });

  it('refuses to agree a review with rows not yet agreed, saving nothing', async () => {
    const { data, stored } = saving();
    const session = openIn(data, { review, reflections: [], bestFits: allRows.slice(1) }, watcherOf([]));
    await expect(session.agree('me@x.org', model)).rejects.toThrow();
    expect(stored).toHaveLength(0);
  });
});
