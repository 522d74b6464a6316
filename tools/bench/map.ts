/**
 * A provision map of 5,000 activities in the tab's map view, in Chromium (network not throttled: this is the main
 * thread's work): the longest task while the map renders and is scrolled top to bottom, from the page's own
 * Long Tasks observer, and the elements on the page once it is drawn. The grid draws such a map a screenful at a
 * time, so the figures are taken once its last line has been drawn (scrolled to), not when every card is in the page.
 */
import type { Browser } from 'playwright-core';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { provisionLists } from '../../src/data/provision-lists';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createGraphClient } from '../../src/graph/graph-client';
import { demoUser, type LocalApp } from '../local-app';
import { activity } from './fixtures';
import { type Figure, round } from './report';

const SIZE = 5000;

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

export async function runMapBench(options: { browser: Browser; app: LocalApp }): Promise<Figure[]> {
  const { browser, app } = options;
  const graph = createGraphClient({ baseUrl: app.graphUrl, tokenProvider: createDevTokenProvider({ upn: demoUser }), scopes: ['Sites.Manage.All'] });
  const map = createProvisionMapRepository((await provisionLists(graph, app.seeded.siteId)).context);
  const existing = (await map.load()).activities.length;
  const { created } = await map.publish({ create: Array.from({ length: SIZE - existing }, (_, i) => activity(`map-${i}`, i)) }, { firstSortOrder: existing });
  if (created.some((c) => !c.ok)) throw new Error('The 5,000-activity map could not be stored.');

  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  try {
    await page.addInitScript(() => {
      const tasks: LongTask[] = ((window as unknown as { __benchLongTasks: LongTask[] }).__benchLongTasks = []);
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${app.pagesUrl}/tab.html?view=map`);
    // Drawn: the grid says it holds the whole map (a virtualised grid's row count, or every card of a whole one).
    await page.waitForFunction(
      (n) => !document.querySelector('.fui-Spinner') && (Number(document.querySelector('table[aria-rowcount]')?.getAttribute('aria-rowcount')) > 1 || document.querySelectorAll('table li').length >= n),
      SIZE,
      { timeout: 180_000 },
    );
    const rendered = await page.evaluate(() => performance.now());
    const nodesDrawn = await page.evaluate(() => document.getElementsByTagName('*').length);
    // Scroll to the bottom a screen at a time, as a person with a mouse wheel would.
    for (let i = 0; i < 400; i++) {
      await page.mouse.wheel(0, 900);
      await page.waitForTimeout(16);
      if (await page.evaluate(() => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2)) break;
    }
    // Scrolled through: the grid's last line (or its last card) is in the page.
    const reachedEnd = await page.evaluate(() => {
      const table = document.querySelector('table[aria-rowcount]');
      return table ? document.querySelector(`tr[aria-rowindex="${table.getAttribute('aria-rowcount')}"]`) !== null : true;
    });
    if (!reachedEnd) throw new Error('Scrolling to the bottom did not draw the map’s last line.');
    const tasks = await page.evaluate(() => (window as unknown as { __benchLongTasks: LongTask[] }).__benchLongTasks);
    const longest = (list: readonly LongTask[]): number => round(Math.max(0, ...list.map((t) => t.duration)));
    const cards = await page.locator('table td button, table td li').count();
    return [
      { name: `longest task scrolling a ${SIZE}-activity map`, value: longest(tasks), unit: 'ms', atMost: 200, note: `rendering and scrolling; ${cards} cards in the page at the bottom` },
      { name: `longest task scrolling a rendered ${SIZE}-activity map`, value: longest(tasks.filter((t) => t.start >= rendered)), unit: 'ms' },
      { name: `dom nodes of a ${SIZE}-activity map`, value: nodesDrawn, unit: 'nodes', note: 'the whole page once the map is drawn, before scrolling' },
    ];
  } finally {
    await page.close();
  }
}
