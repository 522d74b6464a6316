import { join } from 'node:path';

import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { provisionLists } from '../../src/data/provision-lists';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { type AcademicYear, currentAcademicYear, localIsoDate, nextAcademicYear, previousAcademicYear } from '../../src/domain/academic-year';
import { createGraphClient } from '../../src/graph/graph-client';
import { resolveSite } from '../../src/graph/sites';
import { axeViolations, eventually, openTabAs, people, screenshot, type Theme } from './review-pages';
import { type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';

/**
 * A careers leader brings the school's own map into the map view: a Windows-1252, semicolon-separated CSV saved by
 * older Excel and a real .xlsx workbook; the preview in their own words, decisions agreed before anything is added,
 * duplicates never written twice, the academic year chosen; axe clean in every theme and at 320 px.
 */
const FIXTURES = join(__dirname, '../fixtures/import');
let app: RunningApp;
let browser: Browser;

/**
 * Years the demo school has no map for (it holds this year and the two before), so what an import adds is counted
 * exactly. The dialog offers the years that hold data, this year, the next one and the year the map shows: the next
 * year is planned ahead; an earlier empty year is reached by opening the map at it (a link with `year=`).
 */
const thisYear: AcademicYear = currentAcademicYear(localIsoDate(new Date()));
const emptyYear: AcademicYear = nextAcademicYear(thisYear);
const messyYear: AcademicYear = previousAcademicYear(previousAcademicYear(previousAcademicYear(thisYear)));

async function storedTitles(year: AcademicYear): Promise<string[]> {
  const graph = createGraphClient({ baseUrl: app.graphUrl, tokenProvider: createDevTokenProvider({ upn: people.leader.upn }), scopes: ['Sites.Manage.All'] });
  const site = await resolveSite(graph, { hostname: 'contoso.sharepoint.com', path: '/sites/careers' });
  const map = createProvisionMapRepository((await provisionLists(graph, site.id)).context);
  return (await map.load({ year })).activities.map((a) => `${a.value.title} (${a.value.yearGroup})`);
}

async function openImport(page: Page, file: string, year: AcademicYear): Promise<Locator> {
  await page.getByRole('button', { name: 'Import your map' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import your provision map' });
  await dialog.getByRole('combobox', { name: 'Academic year' }).selectOption(year);
  await dialog.getByLabel('Your provision map (.xlsx or .csv)').setInputFiles(join(FIXTURES, file));
  return dialog;
}

async function openMap(theme: Theme = 'light', width = 1400, year?: AcademicYear): Promise<Page> {
  const query = year ? `view=map&year=${encodeURIComponent(year)}` : 'view=map';
  const { page } = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query, theme, width });
  await eventually(page.getByRole('table', { name: 'Provision map: stages by year group' }), /Introduce and Inspire/);
  return page;
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('importing a school’s own map in the map view', () => {
  it('previews a Windows-1252 semicolon CSV in the school’s words, writes nothing until confirmed, then says what was added', async () => {
    const page = await openMap();
    const dialog = await openImport(page, 'clean-map-1252.csv', emptyYear);
    await eventually(dialog.getByRole('status').first(), /22 rows ready to add/);
    const ready = dialog.getByRole('table', { name: 'Ready to add (22)' });
    // The code page's £, dash and curly quotes arrive as typed.
    await eventually(ready, /Understanding Careers in the NHS – “£0 to attend”/);
    await eventually(ready, /Employer encounter → Employer encounters/);
    expect(await storedTitles(emptyYear)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'map-import-preview');

    await dialog.getByRole('button', { name: `Add 22 activities to ${emptyYear}` }).click();
    await expect.poll(() => dialog.count(), { timeout: 30_000 }).toBe(0);
    await eventually(page.getByText(/^Added 22 activities from “clean-map-1252\.csv” to the provision map for/), new RegExp(emptyYear.replace('/', '\\/')));
    await eventually(page.getByRole('heading', { level: 2 }).first(), new RegExp(`Provision map ${emptyYear}`));
    expect(await storedTitles(emptyYear)).toHaveLength(22);
    expect(await storedTitles(emptyYear)).toContain('Understanding Careers in the NHS – “£0 to attend” (7)');
    await page.context().close();
  }, 60_000);

  it('reads a real workbook, leaves out what is already on the map, and adds only the one new row', async () => {
    const page = await openMap();
    const dialog = await openImport(page, 'clean-map.xlsx', emptyYear);
    // The workbook's NHS row lacks the CSV's “£0 to attend”: a different title, so a new activity.
    await eventually(dialog.getByRole('status').first(), /Read the sheet “Careers map 2026-27”: 1 row ready to add, 21 duplicates left out/);
    await eventually(dialog.getByRole('table', { name: 'Ready to add (1)' }), /Understanding Careers in the NHS/);
    await eventually(dialog.getByRole('table', { name: 'Duplicates, not added again (21)' }), /is already on the site’s provision map; it is not written again/);
    await dialog.getByRole('button', { name: `Add 1 activity to ${emptyYear}` }).click();
    await expect.poll(() => dialog.count(), { timeout: 30_000 }).toBe(0);
    await eventually(page.getByText(/^Added 1 activity from “clean-map\.xlsx”/), /Left out: 21 duplicates already on the map or repeated in the file\./);
    const stored = await storedTitles(emptyYear);
    expect(stored).toHaveLength(23);
    expect(new Set(stored).size).toBe(23);
    await page.context().close();
  }, 60_000);

  it('splits a range of years and adds a category of the school’s own only once agreed, and names every refused row', async () => {
    const page = await openMap('light', 1400, messyYear);
    const dialog = await openImport(page, 'messy-map.csv', messyYear);
    const waiting = dialog.getByRole('table', { name: /^Waiting for your decision/ });
    await eventually(waiting, /Row 6, Year group \(“Yr”\): “12-13” names Years 12 and 13/);
    const refused = dialog.getByRole('table', { name: /^Rows Waypoint could not read/ });
    await eventually(refused, /Row 11, Year group \(“Yr”\)/);
    await eventually(dialog.getByRole('table', { name: /^Duplicates, not added again/ }), /Row 18: This activity repeats row 17/);

    await dialog.getByRole('checkbox', { name: /^Row 6: “12-13” names Years 12 and 13\. Make one activity for each year\?/ }).check();
    await eventually(dialog.getByRole('table', { name: /^Ready to add/ }), /Personal Guidance 1:1.*Year 12, Year 13/);
    const before = (await storedTitles(messyYear)).length;
    const add = dialog.getByRole('button', { name: new RegExp(`^Add \\d+ activities to ${messyYear.replace('/', '\\/')}$`) });
    const adding = Number(/Add (\d+)/.exec((await add.textContent()) ?? '')?.[1]);
    await add.click();
    await expect.poll(() => dialog.count(), { timeout: 30_000 }).toBe(0);
    await eventually(page.getByText(/^Added \d+ activities from “messy-map\.csv”/), /Left out: .*could not read/);
    const after = await storedTitles(messyYear);
    expect(after).toHaveLength(before + adding);
    expect(after).toEqual(expect.arrayContaining(['Personal Guidance 1:1 (12)', 'Personal Guidance 1:1 (13)']));
    expect(after.filter((t) => /take your child to work day/i.test(t))).toHaveLength(1);
    await page.context().close();
  }, 60_000);

  for (const [theme, width] of [
    ['dark', 1400],
    ['contrast', 1400],
    ['light', 320],
  ] as const) {
    it(`shows the preview with no axe violations (${theme}, ${width} px)`, async () => {
      const page = await openMap(theme, width);
      const dialog = await openImport(page, 'messy-map.csv', emptyYear);
      await eventually(dialog.getByRole('table', { name: /^Waiting for your decision/ }), /Row 6/);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `map-import-${theme}-${width}`);
      await page.context().close();
    }, 60_000);
  }
});
