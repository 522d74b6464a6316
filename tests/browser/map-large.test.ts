import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { provisionLists } from '../../src/data/provision-lists';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { type AcademicYear, currentAcademicYear, localIsoDate, previousAcademicYear } from '../../src/domain/academic-year';
import { createGraphClient } from '../../src/graph/graph-client';
import { resolveSite } from '../../src/graph/sites';
import { activity } from '../../tools/bench/fixtures';
import { axeViolations, eventually, openTabAs, people, screenshot } from './review-pages';
import { type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';

/**
 * A map too large to draw whole (over 400 activities) is drawn a screenful at a time: the table keeps its caption,
 * column headers and a stage heading every line, tells screen readers its full size, and a keyboard reaches every
 * card by Tab, beyond what was first drawn.
 */
const SIZE = 450;
let app: RunningApp;
let browser: Browser;
const year: AcademicYear = previousAcademicYear(previousAcademicYear(previousAcademicYear(currentAcademicYear(localIsoDate(new Date())))));

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  const graph = createGraphClient({ baseUrl: app.graphUrl, tokenProvider: createDevTokenProvider({ upn: people.leader.upn }), scopes: ['Sites.Manage.All'] });
  const site = await resolveSite(graph, { hostname: 'contoso.sharepoint.com', path: '/sites/careers' });
  const map = createProvisionMapRepository((await provisionLists(graph, site.id)).context);
  const { created } = await map.publish({ create: Array.from({ length: SIZE }, (_, i) => activity(`large-${i}`, i)) }, { firstSortOrder: 0, year });
  if (created.some((c) => !c.ok)) throw new Error('The large map could not be stored.');
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a very large provision map', () => {
  it('draws a screenful with its full size told, and Tab walks on past what was first drawn', async () => {
    const { context, page } = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: `view=map&year=${encodeURIComponent(year)}` });
    const grid = page.getByRole('table', { name: 'Provision map: stages by year group' });
    await eventually(grid, /Introduce and Inspire/);
    // 450 activities over 3 stages and 7 year groups: 22 lines a stage at most; the header is row 1.
    const rowCount = Number(await grid.getAttribute('aria-rowcount'));
    expect(rowCount).toBeGreaterThan(3 * 20);
    const cards = grid.getByRole('button');
    const drawn = await cards.count();
    expect(drawn).toBeLessThan(SIZE);
    expect(await grid.getByRole('columnheader').allTextContents()).toEqual(['Stage', 'Year 7', 'Year 8', 'Year 9', 'Year 10', 'Year 11', 'Year 12', 'Year 13']);
    expect(await axeViolations(page)).toEqual([]);

    await cards.first().focus();
    const rowOfFocus = () => page.evaluate(() => Number(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? 0));
    const firstRow = await rowOfFocus();
    // Each Tab moves to the next card; the lines beyond are drawn as the focused card scrolls into view.
    for (let i = 0; i < drawn + 40; i++) await page.keyboard.press('Tab');
    await expect.poll(rowOfFocus).toBeGreaterThan(firstRow + (drawn + 40) / 7 - 1);
    expect(await page.evaluate(() => document.activeElement?.closest('table')?.getAttribute('aria-rowcount'))).toBe(String(rowCount));
    await screenshot(page, 'map-large-keyboard');
    await context.close();
  }, 90_000);
});
