import type { LiveSelf, MeetingLive } from './meeting-live';
import { SnapshotStore } from './snapshot-store';
import { facilitatorOnlyMessage } from './timer';

/**
 * The meeting without Live Share (outside a meeting, or where Live Share did not connect): nobody else's
 * presence and no signals, so the view keeps refreshing by polling SharePoint. This browser can still lead
 * and time its own discussion; nothing is shared.
 */
export function pollingMeetingLive(self: LiveSelf, clock: () => number = Date.now): MeetingLive {
  const store = new SnapshotStore({ mode: 'polling', connected: false, people: [], following: false });
  let rowId: string | undefined;
  const isFacilitator = (): boolean => store.get().facilitator?.participantId === self.participantId;
  return {
    getSnapshot: store.get,
    subscribe: store.subscribe,
    onRowChanged: store.onRowChanged,
    now: clock,
    async showRow(row) {
      rowId = row;
      const { facilitator } = store.get();
      if (facilitator) store.set({ ...store.get(), facilitator: { ...facilitator, rowId } });
    },
    async facilitate() {
      store.set({ ...store.get(), facilitator: { ...self, ...(rowId !== undefined ? { rowId } : {}) } });
    },
    // Nobody to follow.
    async follow() {},
    async unfollow() {},
    async startTimer(timerRowId, durationMs) {
      if (!isFacilitator()) throw new Error(facilitatorOnlyMessage);
      store.set({ ...store.get(), timer: { rowId: timerRowId, durationMs, startedAt: clock() } });
    },
    async stopTimer() {
      if (!isFacilitator()) throw new Error(facilitatorOnlyMessage);
      const { timer: _stopped, ...rest } = store.get();
      store.set(rest);
    },
    // Others see the change at their next poll.
    async announceRowChanged() {},
    async close() {
      store.clear();
    },
  };
}
