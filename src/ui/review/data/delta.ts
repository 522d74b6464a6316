import type { QueryClient } from '@tanstack/react-query';

import { type OpenReviewState, withChanges } from './review-state';
import { openReviewKey } from './writes';

/**
 * Polls on a timer while the page is visible: one incremental refresh per tick (the data layer sends the
 * three lists' deltas as one $batch), so an idle client costs 60 / intervalSeconds requests a minute. A hidden
 * page stops polling; coming back refreshes at once. A refresh never overlaps the previous one.
 */
export const LIVE_INTERVAL_MS = 5000;

export interface LiveRefreshTarget {
  refresh(): Promise<void>;
}

export function startLiveRefresh(
  target: LiveRefreshTarget,
  options: { intervalMs?: number; doc?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'> } = {},
): () => void {
  const intervalMs = options.intervalMs ?? LIVE_INTERVAL_MS;
  const doc = options.doc ?? document;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  // Fixed rate: the next tick is due `intervalMs` after the previous one started, however long it took.
  const schedule = (delay: number): void => {
    clearTimeout(timer);
    if (!stopped && doc.visibilityState === 'visible') timer = setTimeout(tick, Math.max(0, delay));
  };
  let running = false;
  const tick = (): void => {
    if (running) return;
    running = true;
    const started = Date.now();
    void target.refresh().finally(() => {
      running = false;
      schedule(intervalMs - (Date.now() - started));
    });
  };
  const onVisibility = (): void => {
    if (doc.visibilityState === 'visible') tick();
    else clearTimeout(timer);
  };

  doc.addEventListener('visibilitychange', onVisibility);
  schedule(intervalMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}

/**
 * One incremental refresh of an open review into its cache entry; a failure is kept for display, never thrown
 * (the next poll tries again).
 */
export async function refreshOpenReview(client: QueryClient, reviewId: string): Promise<void> {
  const key = openReviewKey(reviewId);
  const held = client.getQueryData<OpenReviewState>(key);
  if (!held) return;
  try {
    const changes = await held.watcher.poll();
    client.setQueryData<OpenReviewState>(key, (s) => (s ? { ...withChanges(s, changes), refreshError: undefined } : s));
  } catch (error) {
    client.setQueryData<OpenReviewState>(key, (s) => (s ? { ...s, refreshError: error } : s));
  }
}

/**
 * One refresh at a time: a call while one runs is answered by that one, and one more runs after it, so a change
 * saved while a refresh was already under way (announced by the meeting's live signal) is never missed.
 */
export function serialRefresh(refresh: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = refresh().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void run();
      }
    });
    return running;
  };
  return run;
}
