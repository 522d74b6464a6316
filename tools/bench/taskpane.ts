/**
 * The Excel task pane:
 * - what a person waits for on a school's network (page-load.ts), with the pane in a plain browser on its demo
 *   workbook (as the browser tests host it): time to a usable pane (the workbook read and analysed, guidance and
 *   gaps ready), the JavaScript and Graph round trips before it, and the time until it is connected to the team's
 *   site (the Publish tab's Refresh offered); median of 5 runs;
 * - context.sync calls to create the template with 300 activities (≤ 3) and to read it back (≤ 2), through the
 *   Office.js gateway over office-addin-mock objects that count syncs;
 * - Graph requests to publish 300 new activities (≤ 15) and one changed row (1), from GET /_admin/stats;
 * - the first-load JavaScript of dist/taskpane.html's entry scripts (≤ 200 KB gzip; office.js comes from
 *   Microsoft's CDN and is not counted), as measured before.
 */
import type { Browser } from 'playwright-core';

import { provisionLists } from '../../src/data/provision-lists';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { OfficeWorkbookGateway } from '../../src/host/excel/office-workbook-gateway';
import { templateCatalogue } from '../../src/provision-template/catalogue';
import { stageOutcomesFromCodes } from '../../src/provision-template/outcomes-sheet';
import { readTemplateRows } from '../../src/provision-template/read-rows';
import { incomingChanges, publishPlan } from '../../src/provision-template/sync/diff';
import { publishChanges } from '../../src/provision-template/sync/publish';
import { applyIncoming, fetchRemoteState } from '../../src/provision-template/sync/refresh';
import { emptySnapshot } from '../../src/provision-template/sync/snapshot';
import { templatePlan } from '../../src/provision-template/template-plan';
import { demoSiteId } from '../local-graph/demo-tenant';
import type { LocalApp } from '../local-app';
import { entryScriptsKb } from './entry-scripts';
import { activity } from './fixtures';
import { measure, startHarness } from './harness';
import { mockRun, mockWorkbook } from '../testing/office-mock-workbook';
import { type Conditions, measureLoad, medianOfRuns } from './page-load';
import { type Figure, round } from './report';

/** The demo workbook on screen and read: its gaps are counted (the Gaps tab is enabled once the pane has read it). */
const PANE_USABLE = `document.querySelector('[role=grid][aria-label="Activities sheet"]')
  && document.getElementById('tab-gaps') && !document.getElementById('tab-gaps').disabled`;
/** The Publish tab offers Refresh once the team's site is connected. */
const PANE_CONNECTED = `[...document.querySelectorAll('[role=tabpanel] button')].some((b) => b.textContent.trim() === 'Refresh')`;

export async function runPaneBench(options: { browser: Browser; app: LocalApp; dist: string; runs: number }): Promise<Figure[]> {
  const { browser, app, dist } = options;
  const conditions: Conditions = { usable: PANE_USABLE, connected: PANE_CONNECTED };
  const load = await medianOfRuns(options.runs, () =>
    measureLoad(browser, `${app.pagesUrl}/taskpane.html`, {
      conditions,
      usable: 'usable',
      graphUrl: app.graphUrl,
      dist,
      afterUsable: (page) => page.click('#tab-sync'),
    }),
  );
  const m = load.median;
  const usable = m.before.usable!;
  const connected = m.before.connected!;
  return [
    { name: 'time to a usable task pane', value: round(m.at.usable!), unit: 'ms', note: `median of ${options.runs}: ${load.all.map((r) => round(r.at.usable!)).join(', ')}` },
    { name: 'javascript before the task pane is usable', value: round(usable.javascriptKb, 1), unit: 'KB', atMost: 200, note: `gzip, ${usable.javascriptFiles} files` },
    { name: 'graph round trips before the task pane is usable', value: usable.graphRoundTrips, unit: 'trips', atMost: 3, note: `${usable.graphRequests} Graph requests` },
    { name: 'longest task before the task pane is usable', value: round(m.longestTaskMs), unit: 'ms', atMost: 200, note: `total blocking ${round(m.blockingMs)} ms` },
    { name: 'time until the task pane is connected to the site', value: round(m.at.connected!), unit: 'ms', note: `median of ${options.runs}` },
    { name: 'javascript before the task pane is connected', value: round(connected.javascriptKb, 1), unit: 'KB', note: `gzip, ${connected.javascriptFiles} files` },
    { name: 'graph round trips before the task pane is connected', value: connected.graphRoundTrips, unit: 'trips', note: `${connected.graphRequests} Graph requests` },
    ...(await workbookSyncs()),
    ...(await publishRequests()),
    { name: 'first-load javascript of taskpane.html entries', value: round(entryScriptsKb(dist, 'taskpane.html'), 1), unit: 'KB', atMost: 200, note: 'gzip, office.js excluded' },
  ];
}

async function workbookSyncs(): Promise<Figure[]> {
  const catalogue = templateCatalogue();
  const workbook = mockWorkbook();
  const gateway = new OfficeWorkbookGateway({ run: mockRun(workbook), catalogue, multiAreaSelect: false });
  const list = Array.from({ length: 300 }, (_, i) => activity(`template-${i}`, i));
  await gateway.createTemplate(templatePlan({ catalogue, activities: list, stageOutcomes: stageOutcomesFromCodes([], catalogue) }));
  const created = workbook.syncs;
  workbook.syncs = 0;
  const read = await gateway.readWorkbook();
  const rows = readTemplateRows(read!.activities, { catalogue, newKey: () => 'unused' });
  if (rows.rows.length !== 300 || rows.problems.length > 0) throw new Error('The template did not read back whole.');
  return [
    { name: 'context.sync calls to create the template with 300 activities', value: created, unit: 'syncs', atMost: 3 },
    { name: 'context.sync calls to read the 300 activities back', value: workbook.syncs, unit: 'syncs', atMost: 2 },
  ];
}

async function publishRequests(): Promise<Figure[]> {
  const harness = await startHarness();
  try {
    const catalogue = templateCatalogue();
    const repository = createProvisionMapRepository((await provisionLists(harness.graph(), demoSiteId)).context);
    const first = await fetchRemoteState(repository, emptySnapshot);
    const { snapshot } = applyIncoming(incomingChanges([], emptySnapshot, first.state), emptySnapshot, catalogue, { deltaLink: first.deltaLink, syncedAt: 'now' });
    const fresh = Array.from({ length: 300 }, (_, i) => activity(`bench-${i}`, i));
    const asRows = (values: typeof fresh) =>
      [...[...snapshot.entries.values()].map((e) => e.activity), ...values].map((value, index) => ({ rowNumber: index + 4, index, keyed: true, activity: value, formulaLike: [] }));
    const published = await measure(harness, () => publishChanges(repository.publish, publishPlan(asRows(fresh), snapshot), snapshot));
    const changed = fresh.map((a, i) => (i === 0 ? { ...a, title: `${a.title} (changed)` } : a));
    const one = await measure(harness, () => publishChanges(repository.publish, publishPlan(asRows(changed), published.result.snapshot), published.result.snapshot));
    return [
      { name: 'graph requests to publish 300 new activities from the pane', value: published.stats.totalRequests, unit: 'requests', atMost: 15 },
      { name: 'graph requests to publish one changed row from the pane', value: one.stats.totalRequests, unit: 'requests', atMost: 1 },
    ];
  } finally {
    await harness.close();
  }
}
