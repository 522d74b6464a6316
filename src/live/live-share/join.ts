import {
  LiveEvent,
  LivePresence,
  LiveShareClient,
  LiveState,
  PresenceState,
  type ILiveShareClientOptions,
  type ILiveShareHost,
  type LivePresenceUser,
} from '@microsoft/live-share';
import { ConnectionState, type ContainerSchema } from 'fluid-framework';
import type { Facilitator, LiveSelf, MeetingLive, MeetingLiveSnapshot, PresentPerson, RowChangeKind, RowTimer } from '../meeting-live';
import { SnapshotStore } from '../snapshot-store';
import { facilitatorOnlyMessage } from '../timer';

/** What each browser publishes about itself. */
interface PresenceData extends LiveSelf {
  readonly reviewId: string;
  readonly rowId?: string;
  readonly following: boolean;
}

/** The facilitator, their row and the timer: one LiveState, so a hand-over and a row move never half-apply. */
interface SharedMeeting {
  readonly reviewId?: string;
  readonly facilitator?: Facilitator;
  readonly timer?: RowTimer;
}

interface RowSignal {
  readonly reviewId: string;
  readonly rowId: string;
  readonly kind: RowChangeKind;
  readonly byParticipantId: string;
}

const schema = {
  initialObjects: { presence: LivePresence, meeting: LiveState, rowChanged: LiveEvent },
} satisfies ContainerSchema;

export interface JoinOptions {
  readonly host: ILiveShareHost;
  /** The local Fluid service's connection (test host only); in Teams the host supplies it. */
  readonly connection?: ILiveShareClientOptions['connection'];
  readonly reviewId: string;
  readonly self: LiveSelf;
}

/**
 * Joins the meeting's Live Share container (creating it if this browser is first) and returns the live layer.
 * A Teams meeting has one container whoever opens it, so the review id travels with every message and state
 * from another review is ignored.
 */
export async function joinLiveShareMeeting(options: JoinOptions): Promise<MeetingLive> {
  const { reviewId, self } = options;
  const client = new LiveShareClient(options.host, options.connection ? { connection: options.connection } : {});
  const { container, timestampProvider } = await client.joinContainer(schema);
  const presence = container.initialObjects.presence as LivePresence<PresenceData>;
  const meeting = container.initialObjects.meeting as LiveState<SharedMeeting>;
  const rowChanged = container.initialObjects.rowChanged as LiveEvent<RowSignal>;

  let mine: PresenceData = { ...self, reviewId, following: false };
  const shared = (): SharedMeeting => (meeting.state?.reviewId === reviewId ? meeting.state : {});
  // Until every object is initialized there is nothing to read (LiveState throws before).
  let ready = false;
  const store = new SnapshotStore({ mode: 'live', connected: false, people: [], following: false });

  function build(): MeetingLiveSnapshot {
    const { facilitator, timer } = shared();
    return {
      mode: 'live',
      connected: container.connectionState === ConnectionState.Connected,
      people: peopleHere(presence.getUsers(PresenceState.online), reviewId),
      ...(facilitator ? { facilitator } : {}),
      following: mine.following,
      ...(timer ? { timer } : {}),
    };
  }
  const refresh = (): void => {
    if (ready) store.set(build());
  };
  const publish = async (next: Partial<PresenceData>): Promise<void> => {
    mine = { ...mine, ...next };
    await presence.update(mine);
    refresh();
  };
  const isFacilitator = (): boolean => shared().facilitator?.participantId === self.participantId;

  // A follower's own row moves with the facilitator's.
  const onMeetingChanged = (): void => {
    const row = shared().facilitator?.rowId;
    if (mine.following && row !== undefined && row !== mine.rowId) void publish({ rowId: row });
    else refresh();
  };
  const onSignal = (signal: RowSignal, local: boolean): void => {
    if (local || signal.reviewId !== reviewId) return;
    store.rowChanged({ rowId: signal.rowId, kind: signal.kind, byParticipantId: signal.byParticipantId });
  };
  presence.on('presenceChanged', refresh);
  meeting.on('stateChanged', onMeetingChanged);
  rowChanged.on('received', onSignal);
  container.on('connected', refresh);
  container.on('disconnected', refresh);

  await Promise.all([presence.initialize(mine, PresenceState.online), meeting.initialize({}), rowChanged.initialize()]);
  ready = true;
  refresh();

  return {
    getSnapshot: store.get,
    subscribe: store.subscribe,
    onRowChanged: store.onRowChanged,
    now: () => timestampProvider.getTimestamp(),
    async showRow(rowId) {
      const facilitator = shared().facilitator;
      const leaves = mine.following && facilitator?.rowId !== rowId;
      await publish({ rowId, ...(leaves ? { following: false } : {}) });
      if (isFacilitator() && facilitator?.rowId !== rowId) {
        await meeting.set({ ...shared(), reviewId, facilitator: { ...self, rowId } });
      }
    },
    async facilitate() {
      await publish({ following: false });
      const facilitator: Facilitator = { ...self, ...(mine.rowId !== undefined ? { rowId: mine.rowId } : {}) };
      await meeting.set({ ...shared(), reviewId, facilitator });
    },
    async follow() {
      const row = shared().facilitator?.rowId;
      await publish({ following: true, ...(row !== undefined ? { rowId: row } : {}) });
    },
    async unfollow() {
      await publish({ following: false });
    },
    async startTimer(rowId, durationMs) {
      if (!isFacilitator()) throw new Error(facilitatorOnlyMessage);
      await meeting.set({ ...shared(), reviewId, timer: { rowId, durationMs, startedAt: timestampProvider.getTimestamp() } });
    },
    async stopTimer() {
      if (!isFacilitator()) throw new Error(facilitatorOnlyMessage);
      const { timer: _stopped, ...rest } = shared();
      await meeting.set({ ...rest, reviewId });
    },
    async announceRowChanged(rowId, kind) {
      await rowChanged.send({ reviewId, rowId, kind, byParticipantId: self.participantId });
    },
    async close() {
      store.clear();
      presence.off('presenceChanged', refresh);
      meeting.off('stateChanged', onMeetingChanged);
      rowChanged.off('received', onSignal);
      container.dispose();
    },
  };
}

/** The people with this review open, in name order (Teams keys presence by person: two windows are one person). */
function peopleHere(users: readonly LivePresenceUser<PresenceData>[], reviewId: string): PresentPerson[] {
  const out: PresentPerson[] = [];
  for (const user of users) {
    const data = user.data;
    if (!data || data.reviewId !== reviewId) continue;
    out.push({
      participantId: data.participantId,
      displayName: data.displayName,
      ...(data.rowId !== undefined ? { rowId: data.rowId } : {}),
      following: data.following,
      isMe: user.isLocalUser,
    });
  }
  return out.sort((a, b) => a.displayName.localeCompare(b.displayName) || a.participantId.localeCompare(b.participantId));
}
