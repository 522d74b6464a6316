/**
 * The Teams tab, in Chromium against the built pages and the local Graph server with the demo school:
 * - what a person waits for on a school's network (page-load.ts): time to a usable review, the JavaScript loaded
 *   before it (gzip, every file), the Graph round trips one after another before it; median of 5 runs;
 * - Graph requests to open a review of 32 rows × 12 participants (≤ 2), counted by the local Graph server's
 *   GET /_admin/stats (reset first), and the cold start of the whole tab for information;
 * - Graph requests per client per minute while idle in meeting mode (≤ 12): the page left on the meeting 30 s;
 * - the first-load JavaScript of dist/tab.html's entry scripts (≤ 200 KB gzip), as measured before.
 */
import type { Browser } from 'playwright-core';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { provisionLists } from '../../src/data/provision-lists';
import { createReviewsRepository } from '../../src/data/reviews/repository';
import { modelRows, schoolsModel } from '../../src/domain/catalogue';
import type { Participant, Reflection, Review } from '../../src/domain/review/types';
import { demoInstitution } from '../../src/demo/demo-school';
import { createGraphClient } from '../../src/graph/graph-client';
import { ADMIN_HEADERS } from '../local-graph/admin';
import type { LocalApp } from '../local-app';
import { entryScriptsKb } from './entry-scripts';
import { type Conditions, measureLoad, medianOfRuns } from './page-load';
import { type Figure, round } from './report';

/** The open review on screen, in its section, with nothing still loading. */
export const REVIEW_USABLE = `document.querySelector('[role=tablist][aria-label="Review sections"]')
  && [...document.querySelectorAll('[role=tabpanel]')].some((p) => p.querySelector('h2, h3'))
  && !document.querySelector('.fui-Spinner')`;

export async function runTabBench(options: { browser: Browser; app: LocalApp; dist: string; runs: number }): Promise<Figure[]> {
  const { browser, app, dist } = options;
  const conditions: Conditions = { usable: REVIEW_USABLE };
  const load = await medianOfRuns(options.runs, () => measureLoad(browser, `${app.pagesUrl}/tab.html`, { conditions, usable: 'usable', graphUrl: app.graphUrl, dist }));
  const m = load.median;
  const before = m.before.usable!;
  const figures: Figure[] = [
    { name: 'time to a usable review', value: round(m.at.usable!), unit: 'ms', atMost: 1500, note: `median of ${options.runs}: ${load.all.map((r) => round(r.at.usable!)).join(', ')}` },
    { name: 'javascript before the review is usable', value: round(before.javascriptKb, 1), unit: 'KB', atMost: 200, note: `gzip, ${before.javascriptFiles} files`, alias: { name: 'tab JS before usable', unit: 'KB' } },
    { name: 'graph round trips before the review is usable', value: before.graphRoundTrips, unit: 'trips', atMost: 3, note: `${before.graphRequests} Graph requests`, alias: { name: 'tab start-up sequential round trips', unit: 'count' } },
    { name: 'requests in sequence before the review is usable', value: before.requestsInSequence, unit: 'requests', note: 'page, scripts and Graph (config.json is written into the page)' },
    { name: 'longest task before the review is usable', value: round(m.longestTaskMs), unit: 'ms', atMost: 200, note: `total blocking ${round(m.blockingMs)} ms`, alias: { name: 'tab longest task before usable', unit: 'ms' } },
  ];
  return [...figures, ...(await requestBudgets(browser, app)), { name: 'first-load javascript of tab.html entries', value: round(entryScriptsKb(dist, 'tab.html'), 1), unit: 'KB', atMost: 200, note: 'gzip, the scripts tab.html names' }];
}

/** The request budgets of opening a large review and of idling in its meeting, as before. */
async function requestBudgets(browser: Browser, app: LocalApp): Promise<Figure[]> {
  const stats = async (): Promise<{ totalRequests: number }> => (await fetch(`${app.graphUrl}/_admin/stats`, { headers: ADMIN_HEADERS })).json() as Promise<{ totalRequests: number }>;
  const resetStats = async (): Promise<void> => void (await fetch(`${app.graphUrl}/_admin/stats/reset`, { method: 'POST', headers: ADMIN_HEADERS }));

  // A review of 32 rows × 12 participants, every reflection made, stored through the data layer.
  const leader = 'careers.leader@contoso.onmicrosoft.com';
  const graph = createGraphClient({ baseUrl: app.graphUrl, tokenProvider: createDevTokenProvider({ upn: leader }), scopes: ['Sites.Manage.All'] });
  const { context } = await provisionLists(graph, app.seeded.siteId);
  const reviews = createReviewsRepository(context);
  const participants: Participant[] = Array.from({ length: 12 }, (_, i) =>
    i === 0 ? { id: leader, displayName: 'Hannah Whitfield' } : { id: `panel.member${i}@contoso.onmicrosoft.com`, displayName: `Panel member ${i}` },
  );
  const review: Review = {
    id: 'bench-review-12',
    institutionId: demoInstitution.id,
    variant: 'schools',
    title: 'Bench review, 12 participants',
    date: '2027-03-01',
    status: 'meeting',
    participants,
  };
  await reviews.saveReview(review);
  const rows = modelRows(schoolsModel);
  const reflections: Reflection[] = participants.flatMap((p, i) =>
    rows.map((row, j) => ({ reviewId: review.id, rowId: row.id, participantId: p.id, choice: (((i + j) % 4) + 1) as 1 | 2 | 3 | 4, note: '' })),
  );
  await reviews.saveReflections(reflections.map((value) => ({ value })));

  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  try {
    await resetStats();
    await page.goto(`${app.pagesUrl}/tab.html?as=${leader}&review=highfield-review-2026-autumn&section=history`);
    await page.getByRole('button', { name: 'Compare the two chosen reviews' }).waitFor();
    const cold = (await stats()).totalRequests;

    await resetStats();
    // The review is in its meeting, so it opens on the agenda: its spread needs every reflection.
    await page.getByRole('button', { name: `Open ${review.title}` }).click();
    await page.getByRole('navigation', { name: 'Agenda' }).getByText('0 of 32 rows agreed').waitFor();
    const opened = (await stats()).totalRequests;

    await page.waitForTimeout(2_000);
    await resetStats();
    const seconds = 30;
    await page.waitForTimeout(seconds * 1000);
    const idle = (await stats()).totalRequests;
    return [
      { name: 'graph requests for a cold start of the tab', value: cold, unit: 'requests', note: 'site, lists, institution, reviews, open review; unthrottled' },
      { name: 'graph requests to open a review of 32 rows × 12 participants', value: opened, unit: 'requests', atMost: 2 },
      { name: 'graph requests per client per minute idle in the meeting', value: (idle * 60) / seconds, unit: 'requests', atMost: 12, note: `${idle} in ${seconds} s` },
    ];
  } finally {
    await page.close();
  }
}
