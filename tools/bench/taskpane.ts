/**
 * The Excel task pane's budgets, measured:
 *   npx tsx tools/bench/taskpane.ts        (after `npm run build`, for the first-load figure)
 * - context.sync calls to create the template with 300 activities (≤ 3) and to read it back (≤ 2), through the
 *   Office.js gateway over office-addin-mock objects that count syncs;
 * - Graph requests to publish 300 new activities (≤ 15) and one changed row (1), from the local Graph server's
 *   GET /_admin/stats;
 * - first-load JavaScript of dist/taskpane.html in KB gzip (≤ 200; office.js comes from Microsoft's CDN and is not
 *   counted).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { OfficeWorkbookGateway } from '../../src/host/excel/office-workbook-gateway';
import { readTemplateRows } from '../../src/provision-template/read-rows';
import { publishPlan } from '../../src/provision-template/sync/diff';
import { publishChanges } from '../../src/provision-template/sync/publish';
import { applyIncoming, fetchRemoteState } from '../../src/provision-template/sync/refresh';
import { emptySnapshot } from '../../src/provision-template/sync/snapshot';
import { incomingChanges } from '../../src/provision-template/sync/diff';
import { activities, catalogue, planWith } from '../testing/excel-fixtures';
import { mockRun, mockWorkbook } from '../testing/office-mock-workbook';
import { startLocalSite } from '../testing/local-site';

const results: { measure: string; value: number; budget: string; ok: boolean }[] = [];
const record = (measure: string, value: number, limit: number, unit = ''): void => {
  results.push({ measure, value, budget: `≤ ${limit}${unit}`, ok: value <= limit });
};

// Workbook round trips.
const workbook = mockWorkbook();
const gateway = new OfficeWorkbookGateway({ run: mockRun(workbook), catalogue, multiAreaSelect: false });
const list = activities(300);
await gateway.createTemplate(planWith(list));
record('context.sync calls: create the template with 300 activities', workbook.syncs, 3);
workbook.syncs = 0;
const read = await gateway.readWorkbook();
record('context.sync calls: read the 300 activities back', workbook.syncs, 2);
const rows = readTemplateRows(read!.activities, { catalogue, newKey: () => 'unused' });
if (rows.rows.length !== 300 || rows.problems.length > 0) throw new Error('The template did not read back whole.');

// Graph requests, against the local server.
const site = await startLocalSite();
try {
  const first = await fetchRemoteState(site.repository(), emptySnapshot);
  const { snapshot } = applyIncoming(incomingChanges([], emptySnapshot, first.state), emptySnapshot, catalogue, { deltaLink: first.deltaLink, syncedAt: 'now' });
  const fresh = list.map((a) => ({ ...a, id: `bench-${a.id}` }));
  const asRows = (values: typeof fresh) =>
    [...[...snapshot.entries.values()].map((e) => e.activity), ...values].map((activity, index) => ({ rowNumber: index + 4, index, keyed: true, activity, formulaLike: [] }));
  await site.resetStats();
  const published = await publishChanges(site.repository(), publishPlan(asRows(fresh), snapshot), snapshot);
  record('Graph requests: publish 300 new activities', (await site.stats()).totalRequests, 15);

  const changed = fresh.map((a, i) => (i === 0 ? { ...a, title: `${a.title} (changed)` } : a));
  await site.resetStats();
  await publishChanges(site.repository(), publishPlan(asRows(changed), published.snapshot), published.snapshot);
  record('Graph requests: publish one changed row', (await site.stats()).totalRequests, 1);
} finally {
  await site.close();
}

// First-load JavaScript.
const dist = resolve('dist');
if (existsSync(join(dist, 'taskpane.html'))) {
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src.replace(/^\//, ''))), { level: 9 }).length, 0);
  record(`First-load JavaScript of taskpane.html (${scripts.length} files), KB gzip`, Math.round((bytes / 1024) * 10) / 10, 200, ' KB');
} else {
  console.warn('dist/taskpane.html is missing: run `npm run build` for the first-load figure.');
}

console.table(results);
if (results.some((r) => !r.ok)) process.exitCode = 1;
