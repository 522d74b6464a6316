import type { RowTimer } from './meeting-live';

export const facilitatorOnlyMessage = 'Only the facilitator can start or stop the discussion timer.';

/** Milliseconds left on the discussion timer for `rowId` at shared-clock time `now`; undefined when that row has none. */
export function timerRemainingMs(timer: RowTimer | undefined, rowId: string, now: number): number | undefined {
  if (!timer || timer.rowId !== rowId) return undefined;
  return Math.max(0, timer.startedAt + timer.durationMs - now);
}
