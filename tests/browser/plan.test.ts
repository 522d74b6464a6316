import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { createPlanRepository } from '../../src/data/plan/repository';
import { provisionLists } from '../../src/data/provision-lists';
import { createStatutoryRepository } from '../../src/data/statutory/repository';
import { createGraphClient } from '../../src/graph/graph-client';
import { resolveSite } from '../../src/graph/sites';
import { axeViolations, eventually, openTabAs, people, screenshot } from './review-pages';
import { type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';

/**
 * The strategic careers plan and the statutory duties record in the tab: axe-clean, an action created by keyboard
 * alone, the record's validation, and a conflicting save shown as two versions for the person to choose.
 */
let app: RunningApp;
let browser: Browser;
let tab: { context: BrowserContext; page: Page };

async function repositories() {
  const graph = createGraphClient({ baseUrl: app.graphUrl, tokenProvider: createDevTokenProvider({ upn: people.leader.upn }), scopes: ['Sites.Manage.All'] });
  const site = await resolveSite(graph, { hostname: 'contoso.sharepoint.com', path: '/sites/careers' });
  const { context } = await provisionLists(graph, site.id);
  return { plan: createPlanRepository(context), statutory: createStatutoryRepository(context) };
}

/** Presses Tab until the focused control is labelled `label` (keyboard only). */
async function tabTo(page: Page, label: string | RegExp, max = 120): Promise<void> {
  const pattern = typeof label === 'string' ? `^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}` : label.source;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> | null };
      return el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '';
    });
    if (new RegExp(pattern).test(name.trim())) return;
  }
  throw new Error(`Tab never reached “${label}”.`);
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  tab = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: 'view=plan' });
  await eventually(tab.page.getByRole('region', { name: 'At a glance' }), /1 action is overdue/);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the strategic careers plan', () => {
  it('shows overdue actions and the RAG roll-up in words and icons, and has no axe violations', async () => {
    const { page } = tab;
    const rag = page.getByRole('table', { name: 'RAG status of actions by priority' });
    expect(await rag.getByRole('row').count()).toBe(5);
    expect(await rag.getByRole('row', { name: /^Priority 3: .* Red 1 2 0 0 of 3$/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-view');
  });

  it('creates an action by keyboard alone', async () => {
    const { page } = tab;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await tabTo(page, 'Add an action to priority 1');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add an action' });
    await eventually(dialog, /Action period/);
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, 'Action');
    await page.keyboard.type('Keyboard-made action: careers lunchtime drop-ins for Year 9');
    await tabTo(page, 'Lead');
    await page.keyboard.type('Tom Griffiths (Careers Adviser)');
    await tabTo(page, 'Action period');
    await page.keyboard.type('Sp');
    await tabTo(page, /^Red$/);
    await page.keyboard.press('ArrowRight');
    await tabTo(page, 'Save action');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);

    const table = page.getByRole('table', { name: 'Actions for priority 1' });
    await eventually(table, /Keyboard-made action/);
    const stored = (await (await repositories()).plan.load()).actions.find((a) => a.value.action.startsWith('Keyboard-made action'));
    expect(stored?.value).toMatchObject({ priorityId: 'pri-stereotypes', lead: 'Tom Griffiths (Careers Adviser)', period: 'Spring 1', rag: 'amber' });
  }, 120_000);

  it('shows both versions when someone else saved the action first, and keeps the one chosen', async () => {
    const { page } = tab;
    const repos = await repositories();
    await page.getByRole('button', { name: 'Change action: Keyboard-made action: careers lunchtime drop-ins for Year 9' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change action' });
    await eventually(dialog, /Progress/);

    const theirs = (await repos.plan.load()).actions.find((a) => a.value.action.startsWith('Keyboard-made action'))!;
    const order = (await repos.plan.load()).actions.indexOf(theirs);
    const [saved] = await repos.plan.saveActions([{ value: { ...theirs.value, progress: 'Their progress: rooms booked' }, version: theirs, sortOrder: order }]);
    expect(saved?.ok).toBe(true);

    await dialog.getByLabel('Progress').fill('My progress: first drop-in held');
    await dialog.getByRole('button', { name: 'Save action' }).click();
    await eventually(dialog, /Someone else changed this action while you were editing it/);
    await eventually(dialog.getByRole('region', { name: 'Their version' }), /Their progress: rooms booked/);
    await eventually(dialog.getByRole('region', { name: 'Your version' }), /My progress: first drop-in held/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-conflict');
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const now = (await repos.plan.load()).actions.find((a) => a.value.action.startsWith('Keyboard-made action'))!;
    expect(now.value.progress).toBe('My progress: first drop-in held');
  }, 120_000);
});

describe('the statutory duties record', () => {
  it('is met, partly met or not met with what is missing, and has no axe violations', async () => {
    const { page } = tab;
    await page.getByRole('tab', { name: 'Statutory duties record' }).click();
    const table = page.getByRole('table', { name: 'Statutory responsibilities and recommendations' });
    await eventually(table, /Partly met/);
    expect(await table.getByRole('row', { name: /^3\. The publishing of policy statements on the school's website .*Partly met/ }).count()).toBe(1);
    expect(await table.getByRole('row', { name: /^Recommended: A Link Governor for careers/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'statutory-view');
  });

  it('is changed with validation, and the checklist follows', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'Change the record' }).click();
    await page.getByLabel('Email address').fill('hannah at highfield');
    await page.getByRole('button', { name: 'Save the record' }).click();
    await eventually(page.getByRole('main'), /Careers Leader's email address must look like name@school\.org\.uk\./);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Email address').fill('hannah.whitfield@highfield.example');
    await page.getByRole('checkbox', { name: 'How the school measures and assesses the impact of the careers programme on learners' }).check();
    await page.getByRole('button', { name: 'Save the record' }).click();
    const table = page.getByRole('table', { name: 'Statutory responsibilities and recommendations' });
    await eventually(table, /hannah\.whitfield@highfield\.example/);
    // The careers information items are all published now; the policy statement still lacks premises and facilities.
    const published = table.getByRole('row', { name: /^3\. The publishing of policy statements/ });
    expect(await published.textContent()).not.toContain('How the school measures and assesses the impact of the careers programme is not published.');
    expect(await published.textContent()).toContain('premises and facilities for a provider visit');
    const stored = await (await repositories()).statutory.get('highfield-academy');
    expect(stored?.value.publishedInformation.impactMeasurement).toBe(true);
    expect(stored?.value.careersLeader?.email).toBe('hannah.whitfield@highfield.example');
  }, 120_000);

  it('marks the careers information published only once where and when it was published are both recorded', async () => {
    const { page } = tab;
    const table = page.getByRole('table', { name: 'Statutory responsibilities and recommendations' });
    const published = table.getByRole('row', { name: /^3\. The publishing of policy statements/ });
    const undated = "The date the careers information was published on the school's website is not recorded.";
    await page.getByRole('button', { name: 'Change the record' }).click();
    await page.getByLabel('Date it was published there').fill('');
    await page.getByRole('button', { name: 'Save the record' }).click();
    await eventually(published, /The date the careers information was published on the school's website is not recorded/);

    await page.getByRole('button', { name: 'Change the record' }).click();
    await page.getByLabel('Date it was published there').fill('2026-11-30');
    await page.getByRole('button', { name: 'Save the record' }).click();
    await eventually(published, /https:\/\/highfield\.contoso\.com\/careers, published 30 November 2026/);
    expect(await published.textContent()).not.toContain(undated);
    expect((await (await repositories()).statutory.get('highfield-academy'))?.value.publishedInformation.publishedOn).toBe('2026-11-30');
  }, 60_000);
  it("records the policy statement's four contents, its sign-off and the explicit backing, and the report shows them", async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'Change the record' }).click();
    await page.getByRole('checkbox', { name: 'Premises and facilities for a provider visit' }).check();
    await page.getByLabel('Signed off, in agreement with the governing body, by').fill('The full governing body');
    await page.getByLabel('Date it was signed off').fill('2026-10-15');
    await page.getByLabel('How the senior leadership team and governors give the careers provision their explicit backing').fill('Careers strategy agreed by the senior leadership team and the governing body');
    await page.getByLabel('Date of the explicit backing').fill('2026-09-30');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save the record' }).click();
    const table = page.getByRole('table', { name: 'Statutory responsibilities and recommendations' });
    await eventually(table, /signed off by The full governing body on 15 October 2026/);
    expect(await table.getByRole('row', { name: /^3\. The publishing of policy statements/ }).textContent()).not.toContain('premises and facilities');
    const stored = (await (await repositories()).statutory.get('highfield-academy'))!.value;
    expect(stored.providerAccessPolicy).toMatchObject({
      contents: ['encounters', 'procedure', 'grounds', 'premises'],
      signOff: { by: 'The full governing body', date: '2026-10-15' },
    });
    expect(stored.explicitBacking).toEqual({ how: 'Careers strategy agreed by the senior leadership team and the governing body', date: '2026-09-30' });

    await page.getByRole('tab', { name: "Governors' report" }).click();
    const report = page.getByRole('article', { name: "Governors' report: Highfield Academy" });
    await eventually(report, /Signed off in agreement with the governing body by The full governing body on 15 October 2026\./);
    await eventually(report, /Premises and facilities for a provider visit: included/);
    await eventually(report, /Careers strategy agreed by the senior leadership team and the governing body \(30 September 2026\)/);
  }, 120_000);
});
