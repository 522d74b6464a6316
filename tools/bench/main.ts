/**
 * `npm run bench`: builds the pages if they are missing or stale, then measures the data layer, the Teams tab,
 * a 5,000-activity map and the Excel task pane, each against its own local Graph server on a throw-away database.
 * Prints a table per part and every figure as a line of its own, `bench: <name> <value> <unit>`; exits non-zero
 * when a goal is missed.
 *
 * WAYPOINT_BENCH_RUNS (default 5): page loads per median. WAYPOINT_BENCH_ITEMS (default 50,000): the large list.
 * WAYPOINT_BENCH_ONLY: a comma-separated subset of data-layer, tab, map, taskpane.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { Browser } from 'playwright-core';

import { ensureBuild } from '../build/ensure-build';
import { type LocalApp, startLocalApp } from '../local-app';
import { launchChromium } from './chromium';
import { runDataLayerBench } from './data-layer';
import { runMapBench } from './map';
import { SCHOOL_NETWORK } from './page-load';
import { type Figure, printFigures } from './report';
import { runTabBench } from './tab';
import { runPaneBench } from './taskpane';

const root = process.cwd();
const dist = resolve(root, 'dist');
const runs = Number(process.env.WAYPOINT_BENCH_RUNS ?? 5);
const items = Number(process.env.WAYPOINT_BENCH_ITEMS ?? 50_000);
const only = process.env.WAYPOINT_BENCH_ONLY?.split(',').map((s) => s.trim());
const wanted = (part: string): boolean => !only || only.includes(part);

/** The built pages, the local Graph server and the demo school on free ports and a throw-away database. */
async function withApp<T>(run: (app: LocalApp) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-bench-'));
  const app = await startLocalApp({ dataDir, pagesPort: 0, graphPort: 0, root: dist });
  try {
    return await run(app);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const network = `${SCHOOL_NETWORK.latencyMs} ms latency, ${SCHOOL_NETWORK.megabitsPerSecond} Mbit/s, cache off, median of ${runs} runs`;
const parts: { name: string; title: string; run: (browser: Browser) => Promise<Figure[]> }[] = [
  { name: 'data-layer', title: `Data layer (local Graph server, large list of ${items.toLocaleString('en-GB')} items)`, run: () => runDataLayerBench(items) },
  { name: 'tab', title: `Teams tab, demo school (Chromium, ${network})`, run: (browser) => withApp((app) => runTabBench({ browser, app, dist, runs })) },
  { name: 'map', title: 'Provision map of 5,000 activities (Chromium, network not throttled)', run: (browser) => withApp((app) => runMapBench({ browser, app })) },
  { name: 'taskpane', title: `Excel task pane, demo workbook in a plain browser (Chromium, ${network})`, run: (browser) => withApp((app) => runPaneBench({ browser, app, dist, runs })) },
];

await ensureBuild(root);
const browser = await launchChromium();
try {
  for (const part of parts.filter((p) => wanted(p.name))) {
    console.log(`\nMeasuring: ${part.title}…`);
    try {
      printFigures(part.title, await part.run(browser));
    } catch (error) {
      // One part failing leaves the others to be measured.
      console.error(`The ${part.name} bench failed:`, error);
      process.exitCode = 1;
    }
  }
} finally {
  await browser.close();
}
