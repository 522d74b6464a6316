import { Body1, Button, makeStyles, Select, tokens } from '@fluentui/react-components';
import { type ReactNode, useEffect, useId, useState } from 'react';

import { messageOf } from '../../common/error-bar';
import { type MeetingLive, type MeetingLiveSnapshot, type RowTimer, timerRemainingMs } from '../data/live';

const useStyles = makeStyles({
  timer: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  up: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

const MINUTES = [3, 5, 10] as const;

/** "4:05": minutes and seconds, rounded up, so a timer never reads 0:00 while time is left. */
export function minutesAndSeconds(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The meeting's shared clock, read once a second while a timer runs. */
function useSharedNow(live: MeetingLive, timer: RowTimer | undefined): number {
  const [now, setNow] = useState(() => live.now());
  useEffect(() => {
    if (!timer) return;
    setNow(live.now());
    const tick = setInterval(() => setNow(live.now()), 1000);
    return () => clearInterval(tick);
  }, [live, timer]);
  return now;
}

/**
 * The discussion timer the facilitator may start for the row they are on, on the meeting's shared clock, so
 * everyone in the meeting sees the same time left (whatever row they are on). Not shown outside a meeting.
 */
export function DiscussionTimer(props: { live: MeetingLive; snapshot: MeetingLiveSnapshot; rowId: string; leading: boolean }): ReactNode {
  const styles = useStyles();
  const lengthId = useId();
  const { live, snapshot, rowId, leading } = props;
  const { timer } = snapshot;
  const now = useSharedNow(live, timer);
  const [minutes, setMinutes] = useState<number>(5);
  const [failure, setFailure] = useState<string>();
  if (snapshot.mode !== 'live') return null;
  const left = timer ? timerRemainingMs(timer, timer.rowId, now) : undefined;
  const run = (action: () => Promise<void>): void => {
    setFailure(undefined);
    action().catch((error: unknown) => setFailure(messageOf(error)));
  };
  return (
    <div className={styles.timer}>
      {timer && left !== undefined ? (
        <Body1 role="timer" aria-label={`Discussion timer for ${timer.rowId}`} className={left === 0 ? styles.up : undefined}>
          {left === 0 ? `Time is up for ${timer.rowId}.` : `Discussion time on ${timer.rowId}: ${minutesAndSeconds(left)} left`}
        </Body1>
      ) : null}
      {leading ? (
        <>
          <Select id={lengthId} size="small" aria-label="Discussion time" value={String(minutes)} onChange={(_, d) => setMinutes(Number(d.value))}>
            {MINUTES.map((m) => (
              <option key={m} value={m}>
                {m} minutes
              </option>
            ))}
          </Select>
          <Button size="small" onClick={() => run(() => live.startTimer(rowId, minutes * 60_000))}>
            Time {rowId}
          </Button>
          {timer ? (
            <Button size="small" onClick={() => run(() => live.stopTimer())}>
              Stop the timer
            </Button>
          ) : null}
        </>
      ) : null}
      {failure ? <Body1 role="alert">{failure}</Body1> : null}
    </div>
  );
}
