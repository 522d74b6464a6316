import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import type { DataContext } from '../../src/data/data-context';
import { createPlanRepository } from '../../src/data/plan/repository';
import { provisionLists } from '../../src/data/provision-lists';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createReviewsRepository } from '../../src/data/reviews/repository';
import { createSettingsRepository } from '../../src/data/settings/repository';
import { createStatutoryRepository } from '../../src/data/statutory/repository';
import { demoActivities } from '../../src/demo/demo-school';
import { createGraphClient } from '../../src/graph/graph-client';
import { resolveSite } from '../../src/graph/sites';
import { eventually, openTabAs, people } from './review-pages';
import { type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';

/**
 * Script and mark-up stored in any field — activity titles, plan actions and evidence, priorities, statutory
 * names and addresses, review evidence, next steps and reflection notes, the visions — written straight to the
 * local Graph server (past the app's validation), render as text in every view and in the printed report: the
 * literal text is visible, no dialog fires and no injected element exists.
 */
let app: RunningApp;
let browser: Browser;
let tab: { context: BrowserContext; page: Page };
const dialogs: string[] = [];

const p = {
  activity: '<img src=x onerror=alert(1)> Employer breakfast',
  action: '<script>alert(1)</script> Careers drop-ins',
  impact: '"><svg onload=alert(2)> impact',
  evidence: '<iframe src="javascript:alert(3)"></iframe> registers',
  priority: '<b onmouseover=alert(4)>Bold priority</b>',
  governor: '<img src=x onerror=alert(5)>',
  leader: '<script>alert("leader")</script>',
  nextSteps: '<script>alert(6)</script> record pupil reflections',
  evidenceNote: '<img src=x onerror=alert(7)> Compass+ records',
  reflection: '<svg/onload=alert(8)> my note',
  vision: '<a href="javascript:alert(9)">vision</a>',
} as const;

async function writePayloads(ctx: DataContext): Promise<void> {
  const map = createProvisionMapRepository(ctx);
  const base = demoActivities.find((a) => a.categories.includes('employer-encounter'))!;
  await map.publish({ create: [{ ...base, id: 'act-xss', title: p.activity, yearGroup: '8', audience: { kind: 'universal' } }] }, { firstSortOrder: 200 });

  const plan = createPlanRepository(ctx);
  const loaded = await plan.load();
  await plan.savePriorities([
    { value: { id: 'pri-xss', title: p.priority, problem: p.priority, maturityRows: ['1.6'], objectives: [] }, sortOrder: loaded.priorities.length },
  ]);
  await plan.saveActions([
    {
      value: {
        id: 'act-xss-plan',
        priorityId: 'pri-xss',
        action: p.action,
        lead: p.leader,
        period: 'Autumn 1',
        progress: p.impact,
        endPoint: '2026-10-01',
        impactEvidence: p.impact,
        rag: 'red',
        evidenceList: [p.evidence],
        // Not 2.3: its next steps (a payload) must stay "without an action" to show in the plan view.
        maturityRows: ['1.6'],
        completed: false,
      },
      sortOrder: loaded.actions.length,
    },
  ]);

  const statutory = createStatutoryRepository(ctx);
  const record = (await statutory.get('highfield-academy'))!;
  await statutory.save(
    {
      ...record.value,
      linkGovernor: { name: p.governor },
      careersLeader: { ...record.value.careersLeader!, name: p.leader },
      publishedInformation: { ...record.value.publishedInformation, url: 'javascript:alert(10)' },
    },
    record,
  );

  const reviews = createReviewsRepository(ctx);
  const review = (await reviews.load('highfield-review-2026-autumn'))!;
  const fit = review.bestFits.find((b) => b.value.rowId === '2.3')!;
  await reviews.saveBestFits([{ value: { ...fit.value, evidence: p.evidenceNote, nextSteps: p.nextSteps }, version: fit }]);
  const note = review.reflections.find((r) => r.value.rowId === '2.3')!;
  await reviews.saveReflections([{ value: { ...note.value, note: p.reflection }, version: note }]);

  const settings = createSettingsRepository(ctx);
  const institution = (await settings.getInstitution())!;
  await settings.saveInstitution({ ...institution.value, institutionVision: p.vision }, institution);
}

/** No element carries an event-handler attribute or came from the payloads' tags; no script link. */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) => {
      const found: string[] = [];
      for (const a of el.getAttributeNames()) if (a.startsWith('on')) found.push(`${el.tagName} ${a}`);
      if (el.matches('img[src="x"], iframe, b, a[href^="javascript" i]')) found.push(el.outerHTML.slice(0, 80));
      // The runtime configuration the pages server writes in is data (type application/json), never run.
      if (el.tagName === 'SCRIPT' && !el.getAttribute('src') && el.getAttribute('type') !== 'application/json') found.push('inline script');
      return found;
    }),
  );
}

// The board paper summarises: it lists no single activity and quotes no best fit's evidence or next steps; those
// payloads are checked in the map, plan and meeting views.
const REPORT_SHOWS = [p.action, p.priority, p.governor, p.leader, p.vision];

const views: readonly { name: string; query: string; ready: RegExp; shows: readonly string[] }[] = [
  { name: 'plan', query: 'view=plan', ready: /At a glance/, shows: [p.action, p.impact, p.evidence, p.priority, p.nextSteps, p.vision] },
  { name: 'statutory', query: 'view=plan&section=statutory', ready: /Partly met/, shows: [p.governor, p.leader, 'javascript:alert(10)'] },
  { name: 'report', query: 'view=report', ready: /Prompt questions for each benchmark/, shows: REPORT_SHOWS },
  { name: 'map', query: 'view=map', ready: /What the map shows/, shows: [p.activity] },
  { name: 'review meeting', query: 'view=review&review=highfield-review-2026-autumn&section=meeting&row=2.3', ready: /Agreed by/, shows: [p.evidenceNote, p.reflection] },
];

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  const graph = createGraphClient({ baseUrl: app.graphUrl, tokenProvider: createDevTokenProvider({ upn: people.leader.upn }), scopes: ['Sites.Manage.All'] });
  const site = await resolveSite(graph, { hostname: 'contoso.sharepoint.com', path: '/sites/careers' });
  await writePayloads((await provisionLists(graph, site.id)).context);
  tab = await openTabAs(browser, app.pagesUrl, people.leader.upn);
  tab.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('stored script and mark-up', () => {
  it.each(views)('render as text in the $name view', async ({ query, ready, shows }) => {
    const { page } = tab;
    await page.goto(`${app.pagesUrl}/tab.html?${query}`);
    await eventually(page.getByRole('main'), ready);
    const text = await page.getByRole('main').innerText();
    for (const s of shows) expect(text, s).toContain(s);
    // Hovering and clicking round the page gives any injected handler its chance.
    await page.mouse.move(400, 400);
    expect(await injected(page)).toEqual([]);
    expect(dialogs).toEqual([]);
  }, 60_000);

  it('render as text in the printed report', async () => {
    const { page } = tab;
    await page.goto(`${app.pagesUrl}/tab.html?view=report`);
    await eventually(page.getByRole('main'), /Prompt questions for each benchmark/);
    mkdirSync('test-results/governors-report', { recursive: true });
    const pdf = 'test-results/governors-report/report-with-payloads.pdf';
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    // -raw keeps each table cell's text together, in the order the page drew it.
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const s of REPORT_SHOWS) expect(text, s).toContain(s);
    expect(dialogs).toEqual([]);
  }, 60_000);
});
