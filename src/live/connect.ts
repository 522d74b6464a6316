import type { LiveSelf, MeetingLive } from './meeting-live';
import { pollingMeetingLive } from './polling-live';

/** Where the meeting's live state can come from. */
export type LiveSource =
  /** In a Teams meeting's side panel or on its stage, after app.initialize(). */
  | { readonly kind: 'teams-meeting' }
  /** Live Share's test host against the local Fluid service (npm start, tests); `meetingId` names the container. */
  | { readonly kind: 'local'; readonly endpoint: string; readonly registry: string; readonly meetingId: string }
  /** Not in a meeting: polling only. */
  | { readonly kind: 'none' };

export interface ConnectOptions {
  readonly source: LiveSource;
  readonly reviewId: string;
  readonly self: LiveSelf;
  /** Give up on Live Share and poll after this long (default 5 s). */
  readonly timeoutMs?: number;
  /** Told why Live Share was not used, for the log; the view shows no difference but the speed. */
  readonly onFallback?: (reason: unknown) => void;
  /**
   * Live Share connected after the timeout (a slow network, a busy machine): given the late connection to switch
   * to. Without it, the late connection is closed and the page keeps polling.
   */
  readonly onLateJoin?: (live: MeetingLive) => void;
}

export const LIVE_CONNECT_TIMEOUT_MS = 5000;

/**
 * The meeting's live layer: Live Share when the source offers it and it connects in time, polling otherwise.
 * Live Share and Fluid are loaded here by dynamic import only, so no page that never joins a meeting grows.
 */
export async function connectMeetingLive(options: ConnectOptions): Promise<MeetingLive> {
  const { source, reviewId, self } = options;
  if (source.kind === 'none') return pollingMeetingLive(self);
  const joining = (async () => {
    const [{ joinLiveShareMeeting }, host] = await Promise.all([import('./live-share/join'), hostFor(source, self)]);
    return joinLiveShareMeeting({ ...host, reviewId, self });
  })();
  const timeoutMs = options.timeoutMs ?? LIVE_CONNECT_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  try {
    const winner = await Promise.race([joining, timedOut]);
    if (winner !== 'timeout') return winner;
    // Too slow: poll meanwhile, and switch over if it connects after all (or leave the container).
    const { onLateJoin } = options;
    void joining.then((late) => (onLateJoin ? onLateJoin(late) : void late.close()), () => {});
    options.onFallback?.(new Error(`Live Share did not connect within ${timeoutMs} ms.`));
  } catch (error) {
    options.onFallback?.(error);
  } finally {
    clearTimeout(timer);
  }
  return pollingMeetingLive(self);
}

async function hostFor(source: Exclude<LiveSource, { kind: 'none' }>, self: LiveSelf) {
  if (source.kind === 'teams-meeting') return (await import('./live-share/teams-host')).teamsLiveShare();
  return (await import('./live-share/local-host')).localLiveShare(source, source.meetingId, self);
}
