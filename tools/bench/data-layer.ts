/**
 * `npm run bench`: the data layer's request budgets and bulk timings, measured by the local
 * Graph server's own counters (/_admin/stats) in a throw-away directory. Prints goal vs
 * measured and exits non-zero if a budget is missed. WAYPOINT_BENCH_ITEMS sets the size of the
 * large list (default 50,000).
 */
import { pathToFileURL } from 'node:url';

import { provisionLists } from '../../src/data/provision-lists';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createReviewsRepository } from '../../src/data/reviews/repository';
import { demoSiteId } from '../local-graph/demo-tenant';
import { activity, PEOPLE, reflectionsFor, review, ROWS } from './fixtures';
import { measure, startHarness } from './harness';

interface Row {
  readonly what: string;
  readonly goal: string;
  readonly measured: string;
  /** Undefined for figures without a goal (timings). */
  readonly met?: boolean;
}

export async function runDataLayerBench(largeListSize = 50_000): Promise<Row[]> {
  const harness = await startHarness();
  const rows: Row[] = [];
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
    rows.push(budget('Load a full review (32 rows × 12 participants + best fits)', 2, load.stats.totalRequests, `${kb(load.stats.responseBytes)}`));

    const mine = loaded.reflections.filter((r) => r.value.participantId === PEOPLE[0]!.id);
    const save = await measure(harness, () => reviews.saveReflections(mine.map((r) => ({ value: { ...r.value, note: 'Revised.' }, version: r }))));
    rows.push(budget("Save one person's 32 reflections", 2, save.stats.totalRequests, allOk(save.result)));

    const publish = await measure(harness, () => map.publish({ create: Array.from({ length: 300 }, (_, i) => activity(`bench-${i}`, i)) }, { firstSortOrder: 0 }));
    rows.push(budget('Publish 300 new activities', 15, publish.stats.totalRequests, allOk(publish.result.created)));

    const [first] = (await map.load()).activities;
    const one = await measure(harness, () => map.publish({ update: [{ value: { ...first!.value, term: 'Summer' }, version: first! }] }));
    rows.push(budget('Publish one changed activity', 1, one.stats.totalRequests, allOk(one.result.updated)));

    // A very large list: bulk write, full read, then one change and an incremental refresh.
    const big = Array.from({ length: largeListSize - 300 }, (_, i) => activity(`large-${i}`, i));
    const write = await measure(harness, () => map.publish({ create: big }, { firstSortOrder: 300 }));
    const n = largeListSize.toLocaleString('en-GB');
    rows.push({ what: `Bulk-load ${n} items ($batch writes)`, goal: '—', measured: `${seconds(write.ms)}, ${write.stats.totalRequests} requests, ${allOk(write.result.created)}` });
    const read = await measure(harness, () => map.refresh());
    rows.push({ what: `Read all ${n} items (first delta enumeration)`, goal: '—', measured: `${seconds(read.ms)}, ${read.stats.totalRequests} requests, ${read.result.changed.length} items` });

    const target = read.result.changed[Math.floor(read.result.changed.length / 2)]!;
    await map.update({ ...target.value, title: 'Changed once' }, target);
    const refresh = await measure(harness, () => map.refresh(read.result.deltaLink));
    const refreshOk = refresh.result.changed.length === 1 && refresh.stats.totalRequests <= 1 && refresh.stats.responseBytes <= 5 * 1024;
    rows.push({
      what: `Incremental refresh after one change in ${n} items`,
      goal: '1 request, ≤ 5 KB',
      measured: `${refresh.stats.totalRequests} request(s), ${kb(refresh.stats.responseBytes)}, ${refresh.result.changed.length} changed`,
      met: refreshOk,
    });
  } finally {
    await harness.close();
  }
  return rows;
}

function budget(what: string, goal: number, measured: number, note: string): Row {
  return { what, goal: `≤ ${goal} request${goal === 1 ? '' : 's'}`, measured: `${measured} request${measured === 1 ? '' : 's'} (${note})`, met: measured <= goal };
}

const allOk = (outcomes: readonly { readonly ok: boolean }[]): string => {
  const failed = outcomes.filter((o) => !o.ok).length;
  return failed === 0 ? `${outcomes.length} ok` : `${failed} of ${outcomes.length} FAILED`;
};
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export function formatTable(rows: readonly Row[]): string {
  const header = ['Measure', 'Goal', 'Measured', ''];
  const cells = rows.map((r) => [r.what, r.goal, r.measured, r.met === undefined ? '' : r.met ? 'met' : 'MISSED']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]): string => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const size = Number(process.env.WAYPOINT_BENCH_ITEMS ?? 50_000);
  console.log(`Waypoint data layer bench (local Graph server, large list of ${size.toLocaleString('en-GB')} items)…`);
  runDataLayerBench(size).then(
    (rows) => {
      console.log(formatTable(rows));
      if (rows.some((r) => r.met === false)) process.exitCode = 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
