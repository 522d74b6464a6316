import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { currentAcademicYear, localIsoDate, nextAcademicYear } from '../../src/domain/academic-year';
import type { DataContext } from '../../src/data/data-context';
import { createPlanRepository } from '../../src/data/plan/repository';
import { provisionLists } from '../../src/data/provision-lists';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createStatutoryRepository } from '../../src/data/statutory/repository';
import { createGraphClient } from '../../src/graph/graph-client';
import { resolveSite } from '../../src/graph/sites';
import { eventually, people, screenshot } from './review-pages';
import { type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';

/**
 * A read-only member (the Link Governor) walks every view and finds no way to change anything; a write forced
 * anyway is refused by the server (403, as SharePoint does) and the app explains it in plain words.
 */
let app: RunningApp;
let browser: Browser;
let data: DataContext;

const governor = 'susan.pemberton@contoso.onmicrosoft.com';
const refused = "You can view this, but you don't have permission to change it. Ask the team owner to give you edit access to the team's site.";
const review = 'review=highfield-review-2026-autumn';

interface Control {
  readonly kind: string;
  readonly name: string;
}

/** Every enabled, visible control on the page, with its role or tag and its name. */
function enabledControls(page: Page): Promise<Control[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, textarea, select, [role=button], [role=checkbox], [role=radio], [role=combobox], [role=textbox], [contenteditable]')]
      .filter((el) => el.getClientRects().length > 0 && !(el as HTMLButtonElement).disabled && el.getAttribute('aria-disabled') !== 'true')
      .map((el) => {
        const input = el as HTMLInputElement;
        return {
          kind: el.getAttribute('role') ?? (el.tagName === 'INPUT' ? `input:${input.type}` : el.tagName.toLowerCase()),
          name: (el.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? el.textContent ?? '').trim(),
        };
      }),
  );
}

/** Controls that only move around (between views or academic years), print, or choose who the local browser acts as: none changes the team's data. */
const looks = (c: Control): boolean =>
  c.kind === 'tab' ||
  c.name === 'Academic year' ||
  ['Print or save as PDF', 'Refresh', 'Save as image', 'Sign in as someone else', 'Signed in as (local)', 'View only', 'Next row', 'Previous row'].includes(c.name) ||
  /^(✓)?\d\.\d /.test(c.name) ||
  /^(Open|Compare) Internal leadership review/.test(c.name) ||
  c.name === 'Compare the two chosen reviews' ||
  ['Widest disagreement first', 'Theme by theme'].includes(c.name);

const views: readonly { name: string; query: string; ready: RegExp; mine: boolean }[] = [
  { name: 'review: reflect', query: `view=review&${review}&section=reflect`, ready: /Next row/, mine: false },
  { name: 'review: meeting', query: `view=review&${review}&section=meeting`, ready: /Agreed by/, mine: false },
  { name: 'review: snapshot', query: `view=review&${review}&section=snapshot`, ready: /Change since the previous review/, mine: false },
  { name: 'review: history', query: `view=review&${review}&section=history`, ready: /autumn 2025/, mine: false },
  { name: 'strategic careers plan', query: 'view=plan', ready: /At a glance/, mine: true },
  { name: 'statutory duties record', query: 'view=plan&section=statutory', ready: /Partly met/, mine: true },
  { name: "governors' report", query: 'view=report', ready: /Prompt questions for each benchmark/, mine: true },
  { name: 'provision map', query: 'view=map', ready: /What the map shows/, mine: true },
];

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  const graph = createGraphClient({ baseUrl: app.graphUrl, tokenProvider: createDevTokenProvider({ upn: people.leader.upn }), scopes: ['Sites.Manage.All'] });
  const site = await resolveSite(graph, { hostname: 'contoso.sharepoint.com', path: '/sites/careers' });
  data = (await provisionLists(graph, site.id)).context;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function counts() {
  const plan = await createPlanRepository(data).load();
  const map = await createProvisionMapRepository(data).load();
  const nextYear = await createProvisionMapRepository(data).load({ year: nextAcademicYear(currentAcademicYear(localIsoDate(new Date()))) });
  const statutory = await createStatutoryRepository(data).get('highfield-academy');
  return { priorities: plan.priorities.length, actions: plan.actions.length, activities: map.activities.length, nextYearActivities: nextYear.activities.length, governor: statutory?.value.linkGovernor?.name };
}

describe('a read-only member', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it.each(views)('finds nothing to change in the $name', async ({ name, query, ready, mine }) => {
    await page.goto(`${app.pagesUrl}/tab.html?as=${governor}&readonly=1&${query}`);
    await eventually(page.getByRole('main'), ready);
    const controls = await enabledControls(page);
    const editing = controls.filter((c) => !looks(c));
    expect(editing, `${name}: ${JSON.stringify(editing)}`).toEqual([]);
    if (mine) {
      // The plan, record, report and map offer a reader nothing beyond moving between views (and printing).
      expect(controls.filter((c) => c.kind !== 'tab' && c.name !== 'Academic year').map((c) => c.name)).toEqual(name === "governors' report" ? ['Print or save as PDF', 'Refresh'] : []);
    }
    await screenshot(page, `readonly-${name.replace(/\W+/g, '-')}`);
  }, 60_000);

  it('is refused by the server when it writes anyway (403), and nothing changes', async () => {
    const before = await counts();
    const record = (await createStatutoryRepository(data).get('highfield-academy'))!;
    const attempts = await page.evaluate(
      async ({ graphUrl, siteId, lists, upn, recordId }) => {
        const send = async (method: string, url: string, body: unknown) => {
          const response = await fetch(`${graphUrl}/v1.0/sites/${siteId}/lists/${url}`, {
            method,
            headers: { authorization: `Bearer dev-readonly:${upn}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          const json = (await response.json().catch(() => ({}))) as { error?: { code?: string } };
          return { status: response.status, code: json.error?.code };
        };
        return [
          await send('POST', `${lists.planPriorities}/items`, { fields: { WaypointKey: 'pri-forced', Title: 'Forced' } }),
          await send('POST', `${lists.activities}/items`, { fields: { WaypointKey: 'act-forced', Title: 'Forced' } }),
          await send('PATCH', `${lists.statutory}/items/${recordId}/fields`, { LinkGovernorName: 'Forced' }),
        ];
      },
      { graphUrl: app.graphUrl, siteId: data.siteId, lists: data.listIds, upn: governor, recordId: record.itemId },
    );
    expect(attempts).toEqual([
      { status: 403, code: 'accessDenied' },
      { status: 403, code: 'accessDenied' },
      { status: 403, code: 'accessDenied' },
    ]);
    expect(await counts()).toEqual(before);
  });
});

const readOnlyNote = /You can read everything here, but the team's site lets you view Waypoint's lists, not change them/;

describe('a governor the page signs in as an editor, whom the site treats as a visitor (as in a tenant)', () => {
  let context: BrowserContext;
  let page: Page;

  // As in a tenant, nothing tells the page who may only read: it signs in as a member, and every request reaches
  // the server with a visitor's token (the token provider rewritten to a reader). The page must ask the site.
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
    await context.route(`${app.graphUrl}/**`, (route) => {
      const headers = route.request().headers();
      if (headers.authorization) headers.authorization = `Bearer dev-readonly:${governor}`;
      return route.continue({ headers });
    });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it("opens the governors' report tab with no edit control, says why once, and asks the site only once", async () => {
    const probes: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PATCH') probes.push(r.url());
    });
    for (const query of ['view=report', 'view=plan', 'view=plan&section=statutory', 'view=map']) {
      await page.goto(`${app.pagesUrl}/tab.html?as=${governor}&${query}`);
      await eventually(page.getByRole('main'), /What the map shows|At a glance|Partly met|Prompt questions for each benchmark/);
      await expect.poll(() => page.getByText(readOnlyNote).count()).toBe(1);
      const editing = (await enabledControls(page)).filter((c) => !looks(c));
      expect(editing, `${query}: ${JSON.stringify(editing)}`).toEqual([]);
      if (query === 'view=report') await screenshot(page, 'readonly-tenant-report');
    }
    // One probe for the session: later pages use the answer it gave.
    expect(probes).toHaveLength(1);
  }, 90_000);
});

describe('a member whose edit access is taken away while the page is open', () => {
  let context: BrowserContext;
  let page: Page;
  let demoted = false;

  // The site said "member" when the page opened; from then on every request carries a visitor's token, so each
  // save is refused (403) and must be explained.
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
    await context.route(`${app.graphUrl}/**`, (route) => {
      const headers = route.request().headers();
      if (demoted && headers.authorization) headers.authorization = `Bearer dev-readonly:${governor}`;
      return route.continue({ headers });
    });
    page = await context.newPage();
    await page.goto(`${app.pagesUrl}/tab.html?as=${people.leader.upn}&view=plan`);
    await page.getByRole('button', { name: 'Add a priority' }).waitFor();
    demoted = true;
  });
  afterAll(() => context.close());

  it('is told in plain words why a priority, the statutory record and an activity were not saved', async () => {
    const before = await counts();

    await page.getByRole('button', { name: 'Add a priority' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add a priority' });
    await dialog.getByRole('textbox', { name: 'Priority' }).fill('A priority the server will refuse');
    await dialog.getByRole('button', { name: 'Save priority' }).click();
    await eventually(dialog, new RegExp(`Not saved.*${refused.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await screenshot(page, 'refused-priority');

    await page.goto(`${app.pagesUrl}/tab.html?as=${people.leader.upn}&view=plan&section=statutory`);
    await page.getByRole('button', { name: 'Change the record' }).click();
    await page.getByLabel('Link Governor').fill('Someone else');
    await page.getByRole('button', { name: 'Save the record' }).click();
    await eventually(page.getByRole('main'), new RegExp(`Not saved.*${refused.slice(0, 60).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

    await page.goto(`${app.pagesUrl}/tab.html?as=${people.leader.upn}&view=map`);
    await page.getByRole('button', { name: 'Add an activity' }).click();
    dialog = page.getByRole('dialog', { name: 'Add an activity' });
    await dialog.getByLabel('Title').fill('An activity the server will refuse');
    await dialog.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Apply and Demonstrate' });
    await dialog.getByRole('combobox', { name: 'Year group' }).selectOption({ label: 'Year 7' });
    await dialog.getByRole('combobox', { name: 'Term' }).selectOption('Summer');
    await dialog.getByRole('checkbox', { name: 'Other' }).check();
    await dialog.getByRole('button', { name: 'Save activity' }).click();
    await eventually(dialog, new RegExp(`Not saved.*${refused.slice(0, 60).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Starting the next year: the preview is read, the writing is refused, and the 403 is explained for this action.
    const next = nextAcademicYear(currentAcademicYear(localIsoDate(new Date())));
    await page.getByRole('button', { name: `Start the next year (${next})` }).click();
    const start = page.getByRole('alertdialog', { name: `Start ${next}` });
    await eventually(start, /will be copied/, 20_000);
    await start.getByRole('button', { name: `Start ${next}` }).click();
    await eventually(start, new RegExp(`${next.replace('/', '\\/')} was not started[\\s\\S]*You can read this team's Waypoint lists but not change them, so you can't start ${next.replace('/', '\\/')}\\. Ask the Careers Leader or a team owner`));
    await screenshot(page, 'refused-next-year');

    expect(await counts()).toEqual(before);
  }, 120_000);
});
