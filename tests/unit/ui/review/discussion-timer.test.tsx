import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import type { MeetingLive, MeetingLiveSnapshot } from '../../../../src/ui/review/data/live';
import { DiscussionTimer, minutesAndSeconds } from '../../../../src/ui/review/meet/discussion-timer';

const html = (node: ReactNode): string => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const live = { now: () => 100_000 } as unknown as MeetingLive;
const inMeeting: MeetingLiveSnapshot = {
  mode: 'live',
  connected: true,
  people: [],
  following: false,
  timer: { rowId: '1.4', durationMs: 300_000, startedAt: 40_000 },
};

describe('the discussion timer', () => {
  it('shows everyone in the meeting the time left on the shared clock; only the facilitator may start or stop it', () => {
    const follower = html(<DiscussionTimer live={live} snapshot={inMeeting} rowId="1.2" leading={false} />);
    expect(follower).toContain('Discussion time on 1.4: 4:00 left');
    expect(follower).not.toContain('Stop the timer');
    expect(follower).not.toContain('Time 1.2');
    const leader = html(<DiscussionTimer live={live} snapshot={inMeeting} rowId="1.4" leading />);
    expect(leader).toContain('Time 1.4');
    expect(leader).toContain('Stop the timer');
  });

  it('says when time is up', () => {
    const over = { ...inMeeting, timer: { rowId: '1.4', durationMs: 30_000, startedAt: 40_000 } };
    expect(html(<DiscussionTimer live={live} snapshot={over} rowId="1.4" leading={false} />)).toContain('Time is up for 1.4.');
  });

  it('does not appear outside a meeting (polling)', () => {
    const polling: MeetingLiveSnapshot = { mode: 'polling', connected: false, people: [], following: false };
    expect(html(<DiscussionTimer live={live} snapshot={polling} rowId="1.4" leading />)).not.toMatch(/timer|Time 1\.4/i);
  });

  it('reads minutes and seconds, rounded up', () => {
    expect(minutesAndSeconds(300_000)).toBe('5:00');
    expect(minutesAndSeconds(61_001)).toBe('1:02');
    expect(minutesAndSeconds(500)).toBe('0:01');
  });
});
