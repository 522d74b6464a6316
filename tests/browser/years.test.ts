import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { currentAcademicYear, localIsoDate, nextAcademicYear, previousAcademicYear } from '../../src/domain/academic-year';
import { provisionLists } from '../../src/data/provision-lists';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createGraphClient } from '../../src/graph/graph-client';
import { resolveSite } from '../../src/graph/sites';
import { axeViolations, eventually, openTabAs, people, screenshot } from './review-pages';
import { type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';

/**
 * The provision map by academic year: the year shown and switched (kept in the page's address), "Start the next
 * year" with a preview that writes nothing until confirmed (and offers merge or cancel the second time), the new
 * year's carried activities marked "to confirm" and confirmed one by one, and the change since the year before.
 * The demo school holds three years, this one the latest.
 */
let app: RunningApp;
let browser: Browser;
let tab: { context: BrowserContext; page: Page };

const thisYear = currentAcademicYear(localIsoDate(new Date()));
const lastYear = previousAcademicYear(thisYear);
const next = nextAcademicYear(thisYear);

async function stored(year: string) {
  const graph = createGraphClient({ baseUrl: app.graphUrl, tokenProvider: createDevTokenProvider({ upn: people.leader.upn }), scopes: ['Sites.Manage.All'] });
  const site = await resolveSite(graph, { hostname: 'contoso.sharepoint.com', path: '/sites/careers' });
  const repository = createProvisionMapRepository((await provisionLists(graph, site.id)).context);
  return (await repository.load({ year: year as typeof thisYear })).activities.map((a) => a.value);
}

const grid = (page: Page) => page.getByRole('table', { name: 'Provision map: stages by year group' });
const picker = (page: Page) => page.getByRole('combobox', { name: 'Academic year' });
const heading = (page: Page) => page.getByRole('heading', { level: 2, name: /^Provision map/ });
const change = (page: Page, since: string) => page.getByRole('region', { name: `Change since ${since}` });

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  tab = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: 'view=map', width: 1600 });
  await eventually(grid(tab.page), /Introduce and Inspire/, 20_000);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the provision map by academic year', () => {
  it('shows this year by default, with the change since last year beside it', async () => {
    const { page } = tab;
    expect(await picker(page).inputValue()).toBe(thisYear);
    expect(await picker(page).locator('option:checked').textContent()).toBe(`${thisYear} (this year)`);
    await eventually(heading(page), new RegExp(`Provision map ${thisYear}`));
    // The demo story: the Year 8 quiz was dropped and "Meet the provider" moved from Year 10 to Year 9.
    await eventually(change(page, lastYear), /Dropped \(1\)[\s\S]*Careers quiz in tutor time/);
    await eventually(change(page, lastYear), /Moved[\s\S]*Meet the provider/);
    expect(await change(page, lastYear).getByRole('table').getByRole('columnheader').allTextContents()).toEqual([
      'Year group',
      'Introduce and Inspire',
      'Investigate and Explore',
      'Apply and Demonstrate',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'years-this-year');
  });

  it('switches to last year and back, keeping the year in the address', async () => {
    const { page } = tab;
    await picker(page).selectOption(lastYear);
    await eventually(heading(page), new RegExp(`Provision map ${lastYear}`));
    expect(new URL(page.url()).searchParams.get('year')).toBe(lastYear);
    await eventually(change(page, previousAcademicYear(lastYear)), /Activities per year group and stage/);
    expect(await stored(lastYear)).toHaveLength(await grid(page).getByRole('button').count());

    await picker(page).selectOption(thisYear);
    await eventually(heading(page), new RegExp(`Provision map ${thisYear}`));
    expect(new URL(page.url()).searchParams.get('year')).toBeNull();
  });

  it('previews the next year, writes nothing until confirmed, then shows it with "to confirm" marks', async () => {
    const { page } = tab;
    const source = await stored(thisYear);
    await page.getByRole('button', { name: `Start the next year (${next})` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Start ${next}` });
    const preview = dialog.getByRole('list', { name: `What starting ${next} copies` });
    await eventually(preview, new RegExp(`${source.length} activities will be copied from ${thisYear.replace('/', '\\/')} into ${next.replace('/', '\\/')}`), 20_000);
    await eventually(preview, /completed actions? stays? in/);
    await eventually(preview, new RegExp(`The statutory duties record will continue in ${next.replace('/', '\\/')}`));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'years-preview');
    expect(await stored(next)).toEqual([]);

    await dialog.getByRole('button', { name: `Start ${next}` }).click();
    await expect.poll(() => dialog.count(), { timeout: 20_000 }).toBe(0);
    await eventually(heading(page), new RegExp(`Provision map ${next}`), 20_000);
    expect(new URL(page.url()).searchParams.get('year')).toBe(next);
    const carried = await stored(next);
    expect(carried).toHaveLength(source.length);
    expect(carried.every((a) => a.toConfirm && !a.evidenceLink)).toBe(true);
    await expect.poll(() => grid(page).getByText('To confirm', { exact: true }).count()).toBe(source.length);
    await eventually(change(page, thisYear), new RegExp(`The same ${source.length} activities as in ${thisYear.replace('/', '\\/')}`));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'years-next-year');
  });

  it('confirms a carried activity for the new year', async () => {
    const { page } = tab;
    const card = grid(page).getByRole('button', { name: /^To confirm/ }).first();
    const title = (await card.textContent())!.replace(/^To confirm\s*/, '');
    await card.click();
    const dialog = page.getByRole('dialog', { name: 'Change activity' });
    await eventually(dialog, /Carried forward from last year/);
    await dialog.getByRole('button', { name: 'Confirm for this year' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const total = (await stored(next)).length;
    await expect.poll(() => grid(page).getByText('To confirm', { exact: true }).count()).toBe(total - 1);
    const confirmed = (await stored(next)).filter((a) => !a.toConfirm);
    expect(confirmed).toHaveLength(1);
    expect(title.startsWith(confirmed[0]!.title)).toBe(true);
  });

  it('offers merge or cancel when the next year already has a map, and never doubles it', async () => {
    const { page } = tab;
    const before = (await stored(next)).length;
    await picker(page).selectOption(thisYear);
    await eventually(heading(page), new RegExp(`Provision map ${thisYear}`));
    const dialog = page.getByRole('alertdialog', { name: `${next} already has a map` });
    // Cancel writes nothing and leaves the year shown.
    await page.getByRole('button', { name: `Start the next year (${next})` }).click();
    await eventually(dialog, /Merging adds only what is missing/, 20_000);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(heading(page), new RegExp(`Provision map ${thisYear}`));
    expect(await stored(next)).toHaveLength(before);

    await page.getByRole('button', { name: `Start the next year (${next})` }).click();
    await eventually(dialog, /Merging adds only what is missing/, 20_000);
    await eventually(dialog, /carried forward before and will not be copied again/);
    await dialog.getByRole('button', { name: 'Merge: add only what is missing' }).click();
    await eventually(heading(page), new RegExp(`Provision map ${next}`), 20_000);
    expect(await stored(next)).toHaveLength(before);
  });

  it('says plainly that a year in the address is not a year, and shows this year instead', async () => {
    const wrong = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: `view=map&year=${encodeURIComponent('2026/28')}`, width: 1200 });
    try {
      await eventually(heading(wrong.page), new RegExp(`Provision map ${thisYear}`), 20_000);
      expect(await picker(wrong.page).inputValue()).toBe(thisYear);
      await eventually(wrong.page.locator('body'), new RegExp(`2026/28 is not an academic year: one that starts in 2026 ends in 2027 \\(2026/27\\)\\. Showing ${thisYear.replace('/', '\\/')}, this year, instead\\.`));
    } finally {
      await wrong.context.close();
    }
  });

  it('reads at 320 px wide with no axe violations', async () => {
    const narrow = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: `view=map&year=${encodeURIComponent(next)}`, width: 320 });
    try {
      await eventually(grid(narrow.page), /To confirm/, 20_000);
      expect(await picker(narrow.page).inputValue()).toBe(next);
      expect(await axeViolations(narrow.page)).toEqual([]);
      await screenshot(narrow.page, 'years-320');
    } finally {
      await narrow.context.close();
    }
  });

  it('confirms carried activities from the to-confirm list, one by one and then all at once', async () => {
    const { page } = tab;
    const list = page.getByRole('region', { name: `To confirm for ${next}` });
    const waiting = (await stored(next)).filter((a) => a.toConfirm);
    await eventually(list, new RegExp(`${waiting.length} activities carried forward from last year are waiting`));
    await list.getByRole('button', { name: 'Show them one by one' }).click();
    const items = list.getByRole('list', { name: `Activities to confirm for ${next}` });
    await items.getByRole('button', { name: `Confirm ${waiting[0]!.title}` }).click();
    await eventually(list, new RegExp(`${waiting.length - 1} activities carried forward`));
    expect((await stored(next)).find((a) => a.id === waiting[0]!.id)?.toConfirm).toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'years-to-confirm');

    await list.getByRole('button', { name: `Confirm all ${waiting.length - 1}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Confirm all ${waiting.length - 1} activities for ${next}?` });
    await dialog.getByRole('button', { name: `Confirm all ${waiting.length - 1}` }).click();
    await expect.poll(() => list.count(), { timeout: 20_000 }).toBe(0);
    expect(await grid(page).getByText('To confirm', { exact: true }).count()).toBe(0);
    // The list goes as soon as the confirmations are on their way; the site holds them once the writes land.
    await expect.poll(async () => (await stored(next)).filter((a) => a.toConfirm), { timeout: 20_000 }).toEqual([]);
    expect(await stored(next)).toHaveLength(waiting.length + 1);
  });

  it("shows the year started in the governors' report: the change since last year beside the change since the last review", async () => {
    const { page } = tab;
    await page.goto(page.url().replace('view=map', 'view=report'));
    const summary = page.getByRole('region', { name: 'Summary' });
    const escapedThisYear = thisYear.replace('/', '\\/');
    await eventually(
      summary,
      new RegExp(`What changed since the last review[\\s\\S]*What changed since last year[\\s\\S]*Provision map since ${escapedThisYear}: 0 activities added, 0 dropped, 0 moved`),
      20_000,
    );
    expect(new URL(page.url()).searchParams.get('year')).toBe(next);
    await screenshot(page, 'years-report-next-year');
  });
});
