import type { MeetingLiveSnapshot } from './meeting-live';

/** How often the view should still poll SharePoint: today's rate without live signals, a slow safety net with them. */
export const LIVE_SAFETY_POLL_MS = 30_000;

export function refreshIntervalMs(snapshot: Pick<MeetingLiveSnapshot, 'mode' | 'connected'>, pollingMs: number): number {
  return snapshot.mode === 'live' && snapshot.connected ? Math.max(pollingMs, LIVE_SAFETY_POLL_MS) : pollingMs;
}
