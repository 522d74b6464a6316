import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMeetingLive, timerRemainingMs, type LiveSelf, type MeetingLive, type RowChanged } from '../../src/live';
import { startLocalFluid, type LocalFluid } from '../../tools/fluid/start-fluid';

// Three browsers in one meeting through the real Live Share path: LiveShareClient, Live Share's test host and
// the local Fluid service (tinylicious), as `npm start` runs it.
const reviewId = 'review-2026-autumn';
const alex: LiveSelf = { participantId: 'alex@school.example', displayName: 'Alex Morgan' };
const bea: LiveSelf = { participantId: 'bea@school.example', displayName: 'Bea Patel' };
const chris: LiveSelf = { participantId: 'chris@school.example', displayName: 'Chris Owen' };

async function waitFor<T>(read: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the meeting live over Live Share and the local Fluid service', () => {
  let fluid: LocalFluid;
  const clients: MeetingLive[] = [];
  const join = async (self: LiveSelf, meetingId = 'meeting-1'): Promise<MeetingLive> => {
    const live = await connectMeetingLive({
      source: { kind: 'local', endpoint: fluid.endpoint, registry: fluid.registry, meetingId },
      reviewId,
      self,
      timeoutMs: 20_000,
      onFallback: (reason) => {
        throw reason;
      },
    });
    clients.push(live);
    return live;
  };

  beforeAll(async () => {
    fluid = await startLocalFluid();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await fluid?.stop();
  });

  it('shows who is here, follows the facilitator, times a row and signals a saved row', async () => {
    const a = await join(alex);
    const [b, c] = await Promise.all([join(bea), join(chris)]);
    expect([a, b, c].map((x) => x.getSnapshot().mode)).toEqual(['live', 'live', 'live']);

    // Presence: everyone sees all three, each on their own row.
    await a.showRow('1.1');
    await b.showRow('2.3');
    await c.showRow('4.1');
    const seen = await waitFor(() => {
      const people = b.getSnapshot().people;
      return people.length === 3 && people.every((p) => p.rowId) && people;
    }, 'three people with rows');
    expect(seen.map((p) => [p.displayName, p.rowId, p.isMe])).toEqual([
      ['Alex Morgan', '1.1', false],
      ['Bea Patel', '2.3', true],
      ['Chris Owen', '4.1', false],
    ]);

    // Alex facilitates; Bea and Chris choose to follow and land on Alex's row.
    await a.facilitate();
    await waitFor(() => b.getSnapshot().facilitator?.participantId === alex.participantId, 'Bea to see the facilitator');
    await b.follow();
    await waitFor(() => c.getSnapshot().facilitator, 'Chris to see the facilitator');
    await c.follow();
    expect(b.getSnapshot().facilitator?.rowId).toBe('1.1');
    await a.showRow('3.2');
    await waitFor(() => b.getSnapshot().facilitator?.rowId === '3.2', "Bea to follow to Alex's next row");
    await waitFor(
      () => a.getSnapshot().people.filter((p) => p.rowId === '3.2').length === 3,
      "everyone's presence on 3.2",
    );

    // Chris stops following: Alex moves on, Chris stays.
    await c.unfollow();
    expect(c.getSnapshot().following).toBe(false);
    await a.showRow('3.3');
    await waitFor(() => b.getSnapshot().people.find((p) => p.isMe)?.rowId === '3.3', 'Bea to follow to 3.3');
    await waitFor(() => c.getSnapshot().facilitator?.rowId === '3.3', 'Chris to see the facilitator move');
    expect(c.getSnapshot().people.find((p) => p.isMe)).toMatchObject({ rowId: '3.2', following: false });
    // Moving on her own also stops Bea following.
    await b.showRow('1.2');
    expect(b.getSnapshot().following).toBe(false);

    // Only the facilitator starts the row's timer; everyone sees it on the shared clock.
    await expect(b.startTimer('3.3', 300_000)).rejects.toThrow('Only the facilitator');
    await a.startTimer('3.3', 300_000);
    const timer = await waitFor(() => c.getSnapshot().timer, "Chris to see Alex's timer");
    expect(timer).toMatchObject({ rowId: '3.3', durationMs: 300_000 });
    const left = timerRemainingMs(timer, '3.3', c.now())!;
    expect(left).toBeGreaterThan(290_000);
    expect(left).toBeLessThanOrEqual(300_000);
    expect(timerRemainingMs(timer, '1.2', c.now())).toBeUndefined();

    // A saved best fit: the others hear about row 3.3 at once; the sender does not hear itself.
    const heard: Array<[string, RowChanged]> = [];
    b.onRowChanged((e) => heard.push(['bea', e]));
    c.onRowChanged((e) => heard.push(['chris', e]));
    a.onRowChanged((e) => heard.push(['alex', e]));
    await a.announceRowChanged('3.3', 'best-fit');
    await waitFor(() => heard.length >= 2, 'the signal at Bea and Chris');
    await new Promise((r) => setTimeout(r, 200));
    expect(heard.map(([who]) => who).sort()).toEqual(['bea', 'chris']);
    expect(heard[0]![1]).toEqual({ rowId: '3.3', kind: 'best-fit', byParticipantId: alex.participantId });
  });

  it('puts two browsers opening a new meeting at the same moment in one container', async () => {
    // Both create a container; the registry (Teams, in a meeting) keeps the first and the other joins it.
    const [x, y] = await Promise.all([join(alex, 'meeting-race'), join(bea, 'meeting-race')]);
    await Promise.all([x.showRow('1.1'), y.showRow('1.2')]);
    await waitFor(() => x.getSnapshot().people.length === 2 && y.getSnapshot().people.length === 2, 'both to see each other');
    const heard = new Promise<RowChanged>((resolve) => x.onRowChanged(resolve));
    await y.announceRowChanged('1.2', 'next-step');
    expect(await heard).toEqual({ rowId: '1.2', kind: 'next-step', byParticipantId: bea.participantId });
  });

  it('keeps meetings apart and falls back to polling when the service is unreachable', async () => {
    const other = await join(alex, 'meeting-2');
    await other.showRow('1.1');
    expect(other.getSnapshot().people.map((p) => p.displayName)).toEqual(['Alex Morgan']);

    const reasons: unknown[] = [];
    const offline = await connectMeetingLive({
      source: { kind: 'local', endpoint: 'http://127.0.0.1:9', registry: 'http://127.0.0.1:9', meetingId: 'meeting-3' },
      reviewId,
      self: bea,
      timeoutMs: 3000,
      onFallback: (reason) => reasons.push(reason),
    });
    expect(offline.getSnapshot()).toMatchObject({ mode: 'polling', people: [] });
    expect(reasons).toHaveLength(1);
  });

  it('polls while Live Share is slow to connect, and hands over the connection when it comes', async () => {
    let late: MeetingLive | undefined;
    const first = await connectMeetingLive({
      source: { kind: 'local', endpoint: fluid.endpoint, registry: fluid.registry, meetingId: 'meeting-slow' },
      reviewId,
      self: chris,
      timeoutMs: 1,
      onLateJoin: (live) => (late = live),
    });
    expect(first.getSnapshot().mode).toBe('polling');
    const joined = await waitFor(() => late, 'the late connection', 20_000);
    clients.push(joined);
    expect(joined.getSnapshot().mode).toBe('live');
  });
});
