import { connectMeetingLive } from '../../../live/connect';
import type { LiveSelf, MeetingLive } from '../../../live/meeting-live';
import { portContext } from '../../common/port-context';

export type { LiveSelf, MeetingLive, MeetingLiveSnapshot, PresentPerson, RowChangeKind, RowTimer } from '../../../live/meeting-live';
export { refreshIntervalMs } from '../../../live/refresh-cadence';
export { timerRemainingMs } from '../../../live/timer';

/** Where this page's meeting live state comes from, as the composition root (`src/app/tab`) decides it. */
export type MeetingLiveSetting =
  /** In a Teams meeting's side panel or on its stage. */
  | { readonly kind: 'teams-meeting' }
  /** The local Fluid service (npm start, tests): everyone with the same review open meets in one container. */
  | { readonly kind: 'local'; readonly endpoint: string; readonly registry: string }
  /** Not in a meeting: polling only, and Live Share is never loaded. */
  | { readonly kind: 'none' };

/**
 * Joins the meeting's live layer for one open review: Live Share where the setting offers it, polling otherwise
 * (and, if Live Share connects late, `onLateJoin` is given it to switch to).
 */
export type JoinMeeting = (reviewId: string, self: LiveSelf, onLateJoin?: (live: MeetingLive) => void) => Promise<MeetingLive>;

export function createJoinMeeting(setting: MeetingLiveSetting): JoinMeeting {
  return (reviewId, self, onLateJoin) =>
    connectMeetingLive({
      ...(onLateJoin ? { onLateJoin } : {}),
      source: setting.kind === 'local' ? { ...setting, meetingId: reviewId } : setting,
      reviewId,
      self,
      // The view shows no difference but the speed; the console says why, for whoever is looking.
      onFallback: (reason) => console.warn('Live Share is not available here, so the meeting refreshes by polling.', reason),
    });
}

const join = portContext<JoinMeeting>('The meeting live port');
/** Given by the composition root (`src/app/tab`). */
export const ProvideJoinMeeting = join.Provide;
export const useJoinMeeting = join.usePort;
