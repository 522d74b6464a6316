import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { provisionLists } from '../../src/data/provision-lists';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createGraphClient } from '../../src/graph/graph-client';
import { resolveSite } from '../../src/graph/sites';
import { axeViolations, eventually, openTabAs, people, screenshot } from './review-pages';
import { type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';

/**
 * The provision map in the tab: the Appendix 1 grid read from the list the Excel pane publishes to, with its
 * findings; an editor adds, changes and removes an activity with the domain's validation, and a conflicting save
 * shows both versions.
 */
let app: RunningApp;
let browser: Browser;
let tab: { context: BrowserContext; page: Page };

const title = 'Employer speed-networking for Year 8';

async function mapRepository() {
  const graph = createGraphClient({ baseUrl: app.graphUrl, tokenProvider: createDevTokenProvider({ upn: people.leader.upn }), scopes: ['Sites.Manage.All'] });
  const site = await resolveSite(graph, { hostname: 'contoso.sharepoint.com', path: '/sites/careers' });
  return createProvisionMapRepository((await provisionLists(graph, site.id)).context);
}

const stored = async (match: (title: string) => boolean) =>
  (await (await mapRepository()).load()).activities.find((a) => match(a.value.title));

function grid(page: Page) {
  return page.getByRole('table', { name: 'Provision map: stages by year group' });
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  tab = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: 'view=map' });
  await eventually(grid(tab.page), /Introduce and Inspire/);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the provision map', () => {
  it('draws stages down and year groups across, with a legend, the findings beside it and no axe violations', async () => {
    const { page } = tab;
    const headers = await grid(page).getByRole('columnheader').allTextContents();
    expect(headers).toEqual(['Stage', 'Year 7', 'Year 8', 'Year 9', 'Year 10', 'Year 11', 'Year 12', 'Year 13']);
    expect(await grid(page).getByRole('rowheader').allTextContents()).toEqual([
      expect.stringMatching(/^Introduce and Inspire/),
      expect.stringMatching(/^Investigate and Explore/),
      expect.stringMatching(/^Apply and Demonstrate/),
    ]);
    expect(await page.getByRole('list', { name: 'Categories' }).getByRole('listitem').count()).toBe(8);
    await eventually(page.getByRole('region', { name: 'What the map shows' }), /Year 8 has no employer encounter yet/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'map-view');
  });

  it('shows every year group, 7 to 13, without a sideways scroll at 1600 px', async () => {
    const { context, page } = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: 'view=map', width: 1600 });
    await eventually(grid(page), /Introduce and Inspire/);
    const year13 = await grid(page).getByRole('columnheader', { name: 'Year 13' }).boundingBox();
    const scroller = grid(page).locator('xpath=..');
    expect(year13!.x + year13!.width).toBeLessThanOrEqual(1600);
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'map-1600');
    await context.close();
  }, 60_000);

  it('adds an activity with the domain’s validation, and the findings follow', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'Add an activity' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an activity' });
    await dialog.getByRole('button', { name: 'Save activity' }).click();
    await eventually(dialog, /Title is required\./);
    await eventually(dialog, /Choose at least one category \(use Other if none fits\)\./);
    expect(await axeViolations(page)).toEqual([]);

    await dialog.getByLabel('Title').fill(title);
    await dialog.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Introduce and Inspire' });
    await dialog.getByRole('combobox', { name: 'Year group' }).selectOption({ label: 'Year 8' });
    await dialog.getByRole('combobox', { name: 'Term' }).selectOption('Spring');
    await dialog.getByRole('checkbox', { name: 'Employer encounters' }).check();
    await dialog.getByRole('button', { name: 'Save activity' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await eventually(grid(page), new RegExp(title));
    await expect.poll(() => page.getByText('Year 8 has no employer encounter yet').count()).toBe(0);
    expect((await stored((t) => t === title))?.value).toMatchObject({ stage: 'introduce-inspire', yearGroup: '8', categories: ['employer-encounter'] });
  }, 120_000);

  it('shows both versions when someone else changed the activity first', async () => {
    const { page } = tab;
    const repository = await mapRepository();
    await grid(page).getByRole('button', { name: new RegExp(`^${title}`) }).click();
    const dialog = page.getByRole('dialog', { name: 'Change activity' });
    await eventually(dialog, /Title/);

    const theirs = (await stored((t) => t === title))!;
    await repository.update({ ...theirs.value, provider: 'Arden Precision Engineering' }, theirs);

    await dialog.getByLabel('Title').fill(`${title} (with local employers)`);
    await dialog.getByRole('button', { name: 'Save activity' }).click();
    await eventually(dialog, /Someone else changed this activity while you were editing it/);
    await eventually(dialog.getByRole('region', { name: 'Their version' }), /Arden Precision Engineering/);
    await eventually(dialog.getByRole('region', { name: 'Your version' }), /with local employers/);
    await screenshot(page, 'map-conflict');
    await dialog.getByRole('button', { name: 'Keep theirs' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await grid(page).getByRole('button', { name: new RegExp(`with local employers`) }).count()).toBe(0);
    expect((await stored((t) => t === title))?.value.provider).toBe('Arden Precision Engineering');
  }, 120_000);

  it('changes and removes an activity', async () => {
    const { page } = tab;
    await grid(page).getByRole('button', { name: new RegExp(`^${title}`) }).click();
    let dialog = page.getByRole('dialog', { name: 'Change activity' });
    await dialog.getByRole('checkbox', { name: 'Parents and carers take part' }).check();
    await dialog.getByRole('button', { name: 'Save activity' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await stored((t) => t === title))?.value.parentsAndCarers).toBe(true);

    await grid(page).getByRole('button', { name: new RegExp(`^${title}`) }).click();
    dialog = page.getByRole('dialog', { name: 'Change activity' });
    await dialog.getByRole('button', { name: 'Remove activity' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove this activity?' });
    await confirm.getByRole('button', { name: 'Remove activity' }).click();
    // While the question is open the page behind it is hidden from the accessibility tree, so a card "gone" then
    // proves nothing: wait for the removal to finish and the question to close first.
    await expect.poll(() => confirm.count()).toBe(0);
    await expect.poll(() => grid(page).getByRole('button', { name: new RegExp(`^${title}`) }).count()).toBe(0);
    expect(await stored((t) => t === title)).toBeUndefined();
    await eventually(page.getByRole('region', { name: 'What the map shows' }), /Year 8 has no employer encounter yet/);
  }, 120_000);
});
