import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { connectMeetingLive, LIVE_SAFETY_POLL_MS, pollingMeetingLive, refreshIntervalMs, timerRemainingMs } from '../../../src/live';

const me = { participantId: 'ann@school.example', displayName: 'Ann' };

describe('the polling fallback', () => {
  it('has no presence or signals, and lets this browser lead and time its own discussion', async () => {
    let clock = 1_000;
    const live = pollingMeetingLive(me, () => clock);
    const changes: number[] = [];
    live.subscribe(() => changes.push(1));
    const heard: unknown[] = [];
    live.onRowChanged((c) => heard.push(c));

    expect(live.getSnapshot()).toEqual({ mode: 'polling', connected: false, people: [], following: false });
    await live.announceRowChanged('1.1', 'best-fit');
    expect(heard).toEqual([]);

    await expect(live.startTimer('1.1', 60_000)).rejects.toThrow('Only the facilitator can start or stop the discussion timer.');
    await live.showRow('1.1');
    await live.facilitate();
    expect(live.getSnapshot().facilitator).toEqual({ ...me, rowId: '1.1' });
    await live.showRow('1.2');
    expect(live.getSnapshot().facilitator?.rowId).toBe('1.2');
    await live.follow();
    expect(live.getSnapshot().following).toBe(false);

    await live.startTimer('1.2', 60_000);
    clock += 45_000;
    expect(timerRemainingMs(live.getSnapshot().timer, '1.2', live.now())).toBe(15_000);
    await live.stopTimer();
    expect(live.getSnapshot().timer).toBeUndefined();
    expect(changes.length).toBeGreaterThan(0);
  });
});

describe('timer and refresh cadence', () => {
  it('counts down only on its own row and never below zero', () => {
    const timer = { rowId: '2.1', durationMs: 300_000, startedAt: 10_000 };
    expect(timerRemainingMs(timer, '2.1', 70_000)).toBe(240_000);
    expect(timerRemainingMs(timer, '2.1', 400_000)).toBe(0);
    expect(timerRemainingMs(timer, '2.2', 70_000)).toBeUndefined();
    expect(timerRemainingMs(undefined, '2.1', 70_000)).toBeUndefined();
  });

  it('polls at the usual rate unless live signals are flowing', () => {
    expect(refreshIntervalMs({ mode: 'polling', connected: false }, 5000)).toBe(5000);
    expect(refreshIntervalMs({ mode: 'live', connected: false }, 5000)).toBe(5000);
    expect(refreshIntervalMs({ mode: 'live', connected: true }, 5000)).toBe(LIVE_SAFETY_POLL_MS);
  });
});

describe('connectMeetingLive', () => {
  let silent: Server | undefined;
  afterEach(async () => {
    silent?.closeAllConnections();
    await new Promise((r) => silent?.close(r) ?? r(undefined));
  });

  it('polls outside a meeting without loading Live Share', async () => {
    const live = await connectMeetingLive({ source: { kind: 'none' }, reviewId: 'r1', self: me });
    expect(live.getSnapshot().mode).toBe('polling');
  });

  it('falls back to polling when Live Share does not connect in time', async () => {
    // A registry that accepts the connection and never answers.
    silent = createServer(() => {});
    await new Promise<void>((r) => silent!.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const reasons: unknown[] = [];
    const started = Date.now();
    const live = await connectMeetingLive({
      source: { kind: 'local', endpoint: url, registry: url, meetingId: 'm' },
      reviewId: 'r1',
      self: me,
      timeoutMs: 500,
      onFallback: (reason) => reasons.push(reason),
    });
    expect(live.getSnapshot().mode).toBe('polling');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(String(reasons[0])).toMatch(/did not connect within 500 ms/);
  });
});
