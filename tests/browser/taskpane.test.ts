import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { provisionLists } from '../../src/data/provision-lists';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createGraphClient } from '../../src/graph/graph-client';
import { resolveSite } from '../../src/graph/sites';
import { type RunningApp, devUser, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';

/**
 * The Excel task pane in plain-browser mode, driven through its demo workbook (the in-memory workbook gateway):
 * guidance as the selection moves, gaps that select their rows, publishing a change, all by role and name, with
 * axe-core on each state and the main actions done by keyboard.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = process.env.WAYPOINT_SCREENSHOTS;

let app: RunningApp;
let browser: Browser;
let page: Page;

async function axeViolations(): Promise<unknown[]> {
  // Evaluated rather than added as a script tag: the pages' Content-Security-Policy refuses inline scripts.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Tabster (Fluent's keyboard navigation) puts hidden sentinel <i data-tabster-dummy tabindex="0"> at the
    // edges of arrow-key groups such as the TabList; they pass focus straight on and are never read out.
    return axe.run({ exclude: [['[data-tabster-dummy]']] } as unknown as Document, { resultTypes: ['violations'] });
  });
  return result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
}

const shot = async (name: string): Promise<void> => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/taskpane-${name}.png`, fullPage: true });
};

/** A cell of the demo workbook's grid by its row number (as Excel shows it) and column header. */
async function cell(rowNumber: number, header: string) {
  const headers = await page.getByRole('grid', { name: 'Activities sheet' }).locator('thead th').allInnerTexts();
  const column = headers.indexOf(header) - 1;
  return page.locator(`[data-cell="${rowNumber - 4}:${column}"]`);
}

const guidance = () => page.getByRole('tabpanel');

/** The team site's provision map, as another member of staff would change it. */
async function mapRepository() {
  const graph = createGraphClient({ baseUrl: app.graphUrl, tokenProvider: createDevTokenProvider({ upn: devUser }), scopes: ['Sites.Manage.All'] });
  const site = await resolveSite(graph, { hostname: 'contoso.sharepoint.com', path: '/sites/careers' });
  return createProvisionMapRepository((await provisionLists(graph, site.id)).context);
}

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

describe('the Excel task pane in a plain browser', () => {
  it('says plainly that Excel is absent and offers the demo workbook', async () => {
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Provision map' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Not in Excel').isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Demo workbook' }).isVisible()).toBe(true);
    expect(await page.getByRole('grid', { name: 'Activities sheet' }).isVisible()).toBe(true);
  });

  it('brings in the team’s provision map with Refresh', async () => {
    await page.getByRole('tab', { name: 'Publish' }).click();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.getByText(/Brought in \d+ new activities/).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('gridcell').count()).toBeGreaterThan(13 * 40);
    await shot('refreshed');
  });

  it('walks the guidance for the cell in hand', async () => {
    await page.getByRole('tab', { name: 'Guidance' }).click();

    await (await cell(4, 'Stage')).click();
    await expect.poll(() => guidance().getByRole('heading', { level: 2 }).innerText()).toMatch(/\(row 4\)$/);
    expect(await guidance().getByRole('region', { name: 'Introduce and Inspire' }).innerText()).toContain(
      'At this stage learners develop a broad level of aspiration and understanding.',
    );
    await shot('guidance-stage');

    await (await cell(4, 'Category')).click();
    const category = guidance().getByRole('region', { name: 'Employer encounters' });
    await expect.poll(() => category.innerText()).toContain('Gatsby Benchmarks it evidences');
    expect(await category.innerText()).toContain('5 Encounters with employers and employees');
    expect(await category.innerText()).toMatch(/Maturity model rows it supports[\s\S]*5\.2 /);
    await shot('guidance-category');

    await (await cell(4, 'Learning outcomes')).click();
    const outcomes = guidance().getByRole('region', { name: 'Learning outcomes and how they progress' });
    await expect.poll(() => outcomes.innerText()).toMatch(/CK1 Have a broad knowledge/);

    const rows = await page.getByRole('grid', { name: 'Activities sheet' }).locator('tbody tr').count();
    await (await cell(rows + 3, 'Activity')).click();
    await expect.poll(() => guidance().getByRole('heading', { level: 2 }).innerText()).toMatch(/^New activity/);
    expect(await guidance().getByRole('region', { name: 'Opportunity Checklist' }).innerText()).toContain(
      'How does this align with your overall strategic priorities?',
    );
    await shot('guidance-new-row');
    expect(await axeViolations()).toEqual([]);
  });

  it('moves the selection with the arrow keys, and the guidance follows', async () => {
    await (await cell(5, 'Stage')).click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByText('Cell bar: Category, row 5').isVisible()).toBe(true);
    await expect.poll(() => guidance().getByRole('region').first().getAttribute('aria-label')).toBe('Employer encounters');
  });

  it('lists the map’s gaps and selects the rows a gap is about', async () => {
    await page.getByRole('tab', { name: /^Gaps/ }).click();
    const gaps = page.getByRole('list', { name: 'Gaps in the provision map' });
    await gaps.waitFor();
    expect(await gaps.getByRole('listitem').count()).toBeGreaterThan(0);
    const show = gaps.getByRole('button', { name: /^Show rows? \d/ }).first();
    const label = (await show.getAttribute('aria-label')) ?? '';
    const first = Number(/Show rows? (\d+)/.exec(label)![1]);
    // By keyboard: focus the button and press Enter.
    await show.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText(new RegExp(`^Cell bar: Stage, row ${first}$`)).isVisible()).toBe(true);
    await shot('gaps');
    expect(await axeViolations()).toEqual([]);
  });

  it('publishes a change typed into the workbook, after a preview, by keyboard', async () => {
    await (await cell(6, 'Activity')).click();
    const bar = page.getByRole('textbox', { name: /^Cell bar/ });
    await bar.fill('Careers fair with local employers');
    await bar.press('Enter');

    await page.getByRole('tab', { name: /^Gaps/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const publish = page.getByRole('button', { name: 'Publish…' });
    await publish.focus();
    await page.keyboard.press('Enter');
    const preview = page.getByRole('region', { name: 'Changes to publish' });
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.innerText()).toMatch(/Changed \(1\)[\s\S]*Row 6: Careers fair with local employers/);
    await shot('publish-preview');
    expect(await axeViolations()).toEqual([]);

    await preview.getByRole('button', { name: 'Publish to the team’s site' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Published 1 change to the team’s site.').waitFor({ timeout: 30_000 });
    await shot('published');
  });

  it('shows both versions of a row changed in the workbook and on the site, and takes the site’s when asked', async () => {
    const repository = await mapRepository();
    const published = (await repository.load()).activities.find((a) => a.value.title === 'Careers fair with local employers')!;
    await repository.update({ ...published.value, title: 'Careers fair with local employers and colleges' }, published);
    await (await cell(6, 'Activity')).click();
    const bar = page.getByRole('textbox', { name: /^Cell bar/ });
    await bar.fill('Careers fair, Year 10');
    await bar.press('Enter');

    await page.getByRole('button', { name: 'Refresh' }).click();
    const both = page.getByRole('region', { name: 'Changed on both sides' });
    await both.getByRole('button', { name: 'Take the site’s' }).waitFor({ timeout: 30_000 });
    expect(await both.innerText()).toMatch(/In this workbook[\s\S]*Careers fair, Year 10[\s\S]*On the team’s site[\s\S]*Careers fair with local employers and colleges/);
    await shot('changed-on-both-sides');
    expect(await axeViolations()).toEqual([]);

    await both.getByRole('button', { name: 'Take the site’s' }).click();
    await expect.poll(async () => (await cell(6, 'Activity')).innerText()).toBe('Careers fair with local employers and colleges');
    await expect.poll(() => both.isVisible()).toBe(false);
  });

  it('lists invalid rows with their row number and reason, and publishes nothing', async () => {
    await page.getByRole('tab', { name: 'Guidance' }).click();
    await (await cell(7, 'Year group')).click();
    const bar = page.getByRole('textbox', { name: /^Cell bar/ });
    await bar.fill('Year 14');
    await bar.press('Enter');
    await page.getByRole('tab', { name: 'Publish' }).click();
    await page.getByRole('button', { name: 'Publish…' }).click();
    const problems = page.getByRole('list', { name: 'Problems to fix' });
    await problems.waitFor({ timeout: 30_000 });
    expect(await problems.innerText()).toContain('Row 7, Year group: Year 14 is not a year group on this map');
    await shot('invalid');
    expect(await axeViolations()).toEqual([]);
  });

  it('asks before taking a category of the school’s own typed into a cell, as the import asks, and takes it once agreed', async () => {
    await page.getByRole('tab', { name: 'Guidance' }).click();
    await (await cell(8, 'Category')).click();
    const bar = page.getByRole('textbox', { name: /^Cell bar/ });
    await bar.fill('Careers café');
    await bar.press('Enter');
    const questions = page.getByRole('list', { name: 'New categories to agree' });
    await questions.waitFor({ timeout: 30_000 });
    expect(await questions.innerText()).toContain('“Careers café” (row 8) is not one of Waypoint’s categories. Add it as a new category of your own?');
    // Until agreed, the row waits: publishing names it.
    await page.getByRole('tab', { name: 'Publish' }).click();
    await page.getByRole('button', { name: 'Publish…' }).click();
    const problems = page.getByRole('list', { name: 'Problems to fix' });
    await expect.poll(() => problems.innerText(), { timeout: 30_000 }).toContain('Row 8, Category: “Careers café” is not one of Waypoint’s categories');
    expect(await axeViolations()).toEqual([]);

    await questions.getByRole('button', { name: 'Add “Careers café”' }).click();
    await questions.waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByRole('button', { name: 'Publish…' }).click();
    await expect.poll(() => problems.innerText(), { timeout: 30_000 }).not.toContain('Careers café');
  });

  it('offers the blank template and an import on the Template tab', async () => {
    await page.getByRole('tab', { name: 'Template' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the blank template (.xlsx)' }).click();
    expect((await download).suggestedFilename()).toBe('Waypoint provision map template.xlsx');
    expect(await page.getByLabel('Import your school’s own map (.xlsx or .csv)').count()).toBe(1);
    await shot('template');
    expect(await axeViolations()).toEqual([]);
  });
});
