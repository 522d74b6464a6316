/**
 * How fast a "row changed" signal crosses the meeting, measured:
 *   npx tsx tools/bench/live.ts
 * Two clients join one meeting through the real Live Share path (LiveShareClient, Live Share's test host and the
 * local Fluid service on this machine); one announces a saved row, the other hears it. Loopback network: this is
 * the service and client cost, not a school network's round trip (add that for a Teams meeting: the signal goes
 * once to Azure Fluid Relay and back).
 */
import { connectMeetingLive, type MeetingLive } from '../../src/live';
import { startLocalFluid } from '../fluid/start-fluid';

const TRIALS = 20;
const WARM_UP = 3;

const fluid = await startLocalFluid();
const clients: MeetingLive[] = [];
try {
  const join = async (participantId: string, displayName: string): Promise<MeetingLive> => {
    const live = await connectMeetingLive({
      source: { kind: 'local', endpoint: fluid.endpoint, registry: fluid.registry, meetingId: 'bench' },
      reviewId: 'bench-review',
      self: { participantId, displayName },
      timeoutMs: 30_000,
      onFallback: (reason) => {
        throw reason;
      },
    });
    clients.push(live);
    return live;
  };
  const sender = await join('sender@school.example', 'Sender');
  const receiver = await join('receiver@school.example', 'Receiver');

  const latencies: number[] = [];
  for (let i = 0; i < WARM_UP + TRIALS; i++) {
    const rowId = `bench-${i}`;
    const heard = new Promise<number>((resolve) => {
      const off = receiver.onRowChanged((change) => {
        if (change.rowId !== rowId) return;
        off();
        resolve(performance.now());
      });
    });
    const sent = performance.now();
    await sender.announceRowChanged(rowId, 'best-fit');
    const arrived = await Promise.race([heard, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`Signal ${i} never arrived`)), 10_000))]);
    if (i >= WARM_UP) latencies.push(arrived - sent);
    await new Promise((r) => setTimeout(r, 50));
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number): string => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
  console.log(`Live signal latency over ${TRIALS} trials (after ${WARM_UP} warm-up): median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`);
  console.log(`bench: live signal latency ${at(0.5)} ms`);
} finally {
  await Promise.all(clients.map((c) => c.close()));
  await fluid.stop();
}
