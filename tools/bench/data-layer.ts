/**
 * The data layer's request budgets and bulk timings, measured by the local Graph server's own counters
 * (/_admin/stats) in a throw-away directory. The large list (50,000 items; WAYPOINT_BENCH_ITEMS) is measured here
 * only: tests/integration/large-list.test.ts proves the same behaviour at a size that is quick.
 */
import { provisionLists } from '../../src/data/provision-lists';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createReviewsRepository } from '../../src/data/reviews/repository';
import { demoSiteId } from '../local-graph/demo-tenant';
import { activity, PEOPLE, reflectionsFor, review, ROWS } from './fixtures';
import { measure, startHarness } from './harness';
import { type Figure, round } from './report';

export async function runDataLayerBench(largeListSize = 50_000): Promise<Figure[]> {
  const harness = await startHarness();
  const rows: Figure[] = [];
  try {
    const ctx = (await provisionLists(harness.graph(), demoSiteId)).context;
    const reviews = createReviewsRepository(ctx);
    const map = createProvisionMapRepository(ctx);

    // A full review: 32 rows × 12 participants of reflections, and 32 best fits.
    await reviews.saveReview(review('bench-review'));
    await reviews.saveReflections(PEOPLE.flatMap((p) => reflectionsFor('bench-review', p.id, 'Seen in the audit.')).map((value) => ({ value })));
    await reviews.saveBestFits(
      ROWS.map((rowId) => ({
        value: { reviewId: 'bench-review', rowId, column: 2 as const, evidence: 'Minutes', evidenceLinks: [], nextSteps: 'Plan it', agreedBy: [PEOPLE[0]!.id], agreedAt: '2026-11-20T10:00:00Z' },
      })),
    );

    const load = await measure(harness, () => reviews.load('bench-review'));
    const loaded = load.result!;
    rows.push(requests('graph requests to load a full review of 32 rows × 12 participants', 2, load.stats.totalRequests, kb(load.stats.responseBytes)));

    const mine = loaded.reflections.filter((r) => r.value.participantId === PEOPLE[0]!.id);
    const save = await measure(harness, () => reviews.saveReflections(mine.map((r) => ({ value: { ...r.value, note: 'Revised.' }, version: r }))));
    rows.push(requests("graph requests to save one person's 32 reflections", 2, save.stats.totalRequests, allOk(save.result)));

    const publish = await measure(harness, () => map.publish({ create: Array.from({ length: 300 }, (_, i) => activity(`bench-${i}`, i)) }, { firstSortOrder: 0 }));
    rows.push(requests('graph requests to publish 300 new activities', 15, publish.stats.totalRequests, allOk(publish.result.created)));

    const [first] = (await map.load()).activities;
    const one = await measure(harness, () => map.publish({ update: [{ value: { ...first!.value, term: 'Summer' }, version: first! }] }));
    rows.push(requests('graph requests to publish one changed activity', 1, one.stats.totalRequests, allOk(one.result.updated)));

    // A very large list: bulk write, full read, then one change and an incremental refresh.
    const big = Array.from({ length: largeListSize - 300 }, (_, i) => activity(`large-${i}`, i));
    const write = await measure(harness, () => map.publish({ create: big }, { firstSortOrder: 300 }));
    const n = largeListSize;
    rows.push({ name: `time to bulk-load ${n} items`, value: round(write.ms / 1000, 1), unit: 's', note: `$batch writes, ${write.stats.totalRequests} requests, ${allOk(write.result.created)}` });
    const read = await measure(harness, () => map.refresh());
    rows.push({ name: `time to read all ${n} items`, value: round(read.ms / 1000, 1), unit: 's', note: `first delta enumeration, ${read.stats.totalRequests} requests, ${read.result.changed.length} items` });

    const target = read.result.changed[Math.floor(read.result.changed.length / 2)]!;
    await map.update({ ...target.value, title: 'Changed once' }, target);
    const refresh = await measure(harness, () => map.refresh(read.result.deltaLink));
    if (refresh.result.changed.length !== 1) throw new Error(`The incremental refresh brought ${refresh.result.changed.length} changes, not 1.`);
    rows.push({ name: `graph requests to refresh after one change in ${n} items`, value: refresh.stats.totalRequests, unit: 'requests', atMost: 1 });
    rows.push({ name: `response to refresh after one change in ${n} items`, value: round(refresh.stats.responseBytes / 1024, 1), unit: 'KB', atMost: 5 });
  } finally {
    await harness.close();
  }
  return rows;
}

function requests(name: string, atMost: number, value: number, note: string): Figure {
  return { name, value, unit: 'requests', atMost, note };
}

const allOk = (outcomes: readonly { readonly ok: boolean }[]): string => {
  const failed = outcomes.filter((o) => !o.ok).length;
  return failed === 0 ? `${outcomes.length} ok` : `${failed} of ${outcomes.length} FAILED`;
};
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
