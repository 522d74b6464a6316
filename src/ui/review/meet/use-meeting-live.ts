import { useEffect, useState, useSyncExternalStore } from 'react';

import { type LiveSelf, type MeetingLive, type MeetingLiveSnapshot, useJoinMeeting } from '../data/live';

/** The meeting's live layer for this review while `self` is known; closed when the review closes. */
export function useMeetingLive(reviewId: string, self: LiveSelf | undefined): MeetingLive | undefined {
  const join = useJoinMeeting();
  const [live, setLive] = useState<MeetingLive>();
  const participantId = self?.participantId;
  const displayName = self?.displayName;
  useEffect(() => {
    if (participantId === undefined || displayName === undefined) return;
    let closed = false;
    let joined: MeetingLive | undefined;
    let upgraded = false;
    const use = (l: MeetingLive): void => {
      if (closed || upgraded) void l.close();
      else setLive((joined = l));
    };
    // Live Share connecting after the page fell back to polling takes over from the polling layer.
    const upgrade = (late: MeetingLive): void => {
      if (closed) return void late.close();
      upgraded = true;
      const polling = joined;
      setLive((joined = late));
      void polling?.close();
    };
    void join(reviewId, { participantId, displayName }, upgrade).then(
      use,
      (error: unknown) => console.warn('The meeting could not be joined live; it refreshes by polling.', error),
    );
    return () => {
      closed = true;
      setLive(undefined);
      void joined?.close();
    };
  }, [join, reviewId, participantId, displayName]);
  return live;
}

const nothing = (): (() => void) => () => {};
const noSnapshot = (): undefined => undefined;

/** The live layer's current picture (undefined until it has joined). */
export function useLiveSnapshot(live: MeetingLive | undefined): MeetingLiveSnapshot | undefined {
  return useSyncExternalStore(live ? live.subscribe : nothing, live ? live.getSnapshot : noSnapshot);
}
