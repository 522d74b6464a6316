import { useEffect } from 'react';

import type { MeetingLive, MeetingLiveSnapshot } from '../data/live';

/**
 * The meeting's shared row: everyone sees which row this browser is on (and, if it leads, this is the row the
 * followers see); a follower goes where the leader goes — but never away from a best fit typed and not yet saved.
 */
export function useFollowLeader(props: {
  live: MeetingLive | undefined;
  liveSnapshot: MeetingLiveSnapshot | undefined;
  rowId: string;
  unsaved: boolean;
  onRowChange: (rowId: string) => void;
}): void {
  const { live, liveSnapshot, rowId, unsaved, onRowChange } = props;
  useEffect(() => void live?.showRow(rowId).catch(() => {}), [live, rowId]);
  const leaderRow = liveSnapshot?.following ? liveSnapshot.facilitator?.rowId : undefined;
  useEffect(() => {
    if (leaderRow && !unsaved) onRowChange(leaderRow);
  }, [leaderRow, unsaved, onRowChange]);
}
