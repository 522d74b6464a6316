import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type RunningApp, startApp } from './support/app-server';
import { axeViolations } from './review-pages';
import { launchChromium } from './support/chromium';

/**
 * The Excel task pane's first visit and its import, in a plain browser on its demo workbook: an empty workbook offers
 * the ways to begin; a school's own map (a real .xlsx, a real Windows-1252 CSV) is previewed in its own words and
 * nothing reaches the workbook until the person confirms. axe-core checks each state.
 */
const SHOTS = process.env.WAYPOINT_SCREENSHOTS;
const FIXTURES = join(__dirname, '../fixtures/import');

let app: RunningApp;
let browser: Browser;
let page: Page;

const shot = async (name: string): Promise<void> => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/taskpane-import-${name}.png`, fullPage: true });
};

const grid = () => page.getByRole('grid', { name: 'Activities sheet' });
const preview = () => page.getByRole('region', { name: 'Import preview' });
const choose = (name: string) => page.getByLabel('Import your school’s own map (.xlsx or .csv)').setInputFiles(join(FIXTURES, name));

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${app.pagesUrl}/taskpane.html`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the task pane’s first visit and import', () => {
  it('opens an empty workbook on the ways to begin, not on an empty map’s gaps', async () => {
    const start = page.getByRole('region', { name: 'Start your provision map' });
    await start.waitFor();
    expect(await page.getByRole('tab', { name: 'Start' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => start.getByRole('button', { name: 'Bring in the team’s map' }).isEnabled()).toBe(true);
    expect(await start.getByRole('button', { name: 'Start from the blank template' }).isEnabled()).toBe(true);
    expect(await start.getByLabel('Import your school’s own map (.xlsx or .csv)').count()).toBe(1);
    // In a plain browser the team's site is the demo school: bringing in its map is the demo.
    expect(await start.getByRole('button', { name: 'Try the demo school' }).count()).toBe(0);
    await shot('first-visit');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('previews a Windows-1252 CSV in the school’s own words and writes nothing until confirmed', async () => {
    await choose('clean-map-1252.csv');
    await preview().waitFor();
    expect(await preview().getByRole('status').innerText()).toBe('22 rows ready to add.');
    expect(await preview().innerText()).toContain('Nothing has been added yet.');
    expect(await preview().innerText()).toContain('There is no Term column: each activity’s term is “not stated”.');
    // The £ and the curly quotes of the older Windows encoding survive.
    const ready = preview().getByRole('table', { name: 'Ready to add (22)' });
    expect(await ready.innerText()).toContain('Understanding Careers in the NHS – “£0 to attend”\nIntroduce and Inspire · Year 7');
    expect(await grid().locator('tbody tr').count()).toBe(1);
    await shot('preview-1252');
    expect(await axeViolations(page)).toEqual([]);

    await preview().getByRole('button', { name: 'Add 22 activities to the workbook' }).click();
    await page.getByText('Added 22 activities from “clean-map-1252.csv” to the Activities sheet.').waitFor();
    await expect.poll(() => grid().locator('tbody tr').count()).toBe(23);
    expect(await grid().innerText()).toContain('Understanding Careers in the NHS – “£0 to attend”');
    // The map has activities now: the first tab is guidance again.
    await expect.poll(() => page.getByRole('tab', { name: 'Guidance' }).count()).toBe(1);
  });

  it('flags the rows of a real .xlsx that the workbook already holds, and adds nothing on Cancel', async () => {
    await page.getByRole('tab', { name: 'Template' }).click();
    await choose('clean-map.xlsx');
    await preview().waitFor();
    // The map is found on its own sheet, past a notes sheet, under a title.
    expect(await preview().getByRole('status').innerText()).toBe('Read the sheet “Careers map 2026-27”: 1 row ready to add, 21 duplicates left out.');
    // Repeats are weighed against the workbook, and say so (not the site's map, which the pane has not published to).
    expect(await preview().getByRole('table', { name: 'Duplicates, not added again (21)' }).innerText()).toMatch(
      /Row \d+: This activity \(same title, stage and year group\) is already in the workbook; it is not written again\./,
    );
    await shot('preview-xlsx');
    await preview().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => preview().count()).toBe(0);
    expect(await grid().locator('tbody tr').count()).toBe(23);
  });

  it('asks before splitting a range or adding a category of the school’s own, and refuses unreadable rows by number', async () => {
    await choose('messy-map.csv');
    await preview().waitFor();
    const decisions = preview().getByRole('group', { name: 'Your decisions' });
    expect(await preview().getByRole('table', { name: /^Waiting for your decision/ }).innerText()).toContain(
      'Row 6, Year group (“Yr”): “12-13” names Years 12 and 13 — agree to make one activity for each year',
    );
    const refused = preview().getByRole('table', { name: /^Rows Waypoint could not read/ });
    expect(await refused.innerText()).toContain('Row 11, Year group (“Yr”): Year 14 is not a year group on this map');
    expect(await refused.innerText()).toContain('Row 15, Parents and carers (“Parents involved”): “maybe” is not yes or no');
    const add = preview().getByRole('button', { name: /^Add \d+ activit/ });
    const before = Number(/Add (\d+)/.exec((await add.textContent()) ?? '')![1]);
    await shot('preview-messy');
    expect(await axeViolations(page)).toEqual([]);

    await decisions.getByRole('checkbox', { name: 'Row 6: “12-13” names Years 12 and 13. Make one activity for each year?' }).check();
    await decisions.getByRole('checkbox', { name: /^“Careers fair” \(rows 8 and 9\)/ }).check();
    // Row 6 becomes two activities (Years 12 and 13); rows 8 and 9 one each.
    await expect.poll(async () => Number(/Add (\d+)/.exec((await add.textContent()) ?? '')![1])).toBe(before + 4);
    await add.click();
    await page.getByText(`Added ${before + 4} activities from “messy-map.csv”`).waitFor();
    expect(await grid().innerText()).toContain('Careers fair');

    // What was added is valid in the workbook too: Publish previews it rather than listing problems.
    await page.getByRole('tab', { name: 'Publish' }).click();
    await page.getByRole('button', { name: 'Publish…' }).click();
    await page.getByRole('region', { name: 'Changes to publish' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('list', { name: 'Problems to fix' }).count()).toBe(0);
    await shot('publish-after-import');
  });
});
