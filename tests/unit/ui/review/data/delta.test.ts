import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { serialRefresh, startLiveRefresh } from '../../../../../src/ui/review/data/delta';

function fakeDocument() {
  let listener: (() => void) | undefined;
  const doc = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (_: string, l: () => void) => (listener = l),
    removeEventListener: () => (listener = undefined),
    set(state: DocumentVisibilityState) {
      doc.visibilityState = state;
      listener?.();
    },
  };
  return doc;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the live refresh', () => {
  it('polls once every 5 seconds while visible: 12 requests a minute', async () => {
    const refresh = vi.fn(() => Promise.resolve());
    const stop = startLiveRefresh({ refresh }, { doc: fakeDocument() as unknown as Document });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(refresh).toHaveBeenCalledTimes(12);
    stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(refresh).toHaveBeenCalledTimes(12);
  });

  it('keeps its rate when a refresh is slow, and never overlaps two', async () => {
    let inFlight = 0;
    let most = 0;
    const refresh = vi.fn(async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 1_500));
      inFlight--;
    });
    startLiveRefresh({ refresh }, { doc: fakeDocument() as unknown as Document });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(refresh).toHaveBeenCalledTimes(12);
    expect(most).toBe(1);
  });

  it('pauses while the page is hidden and refreshes at once when it is shown again', async () => {
    const doc = fakeDocument();
    const refresh = vi.fn(() => Promise.resolve());
    startLiveRefresh({ refresh }, { doc: doc as unknown as Document });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    doc.set('hidden');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    doc.set('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).toHaveBeenCalledTimes(2);
  });
});

describe('a refresh asked for while one is running (a live "row saved" signal during a poll)', () => {
  it('is answered by the running one and runs once more after it, never two at once', async () => {
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const refresh = serialRefresh(
      () =>
        new Promise<void>((resolve) => {
          most = Math.max(most, ++running);
          releases.push(() => {
            running--;
            resolve();
          });
        }),
    );
    const first = refresh();
    void refresh();
    void refresh();
    expect(releases).toHaveLength(1);
    releases[0]!();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    // The signals that came during the first refresh are served by one more, after it.
    expect(releases).toHaveLength(2);
    releases[1]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(releases).toHaveLength(2);
    expect(most).toBe(1);
  });
});
