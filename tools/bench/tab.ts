/**
 * The Teams tab's budgets, measured (after `npm run build`):
 *   npx tsx tools/bench/tab.ts
 * - Graph requests to open a review of 32 rows × 12 participants (≤ 2): a real page in Chromium opens the review
 *   from the history, counted by the local Graph server's GET /_admin/stats (reset first); the cold start of the
 *   whole tab is printed alongside for information;
 * - Graph requests per client per minute while idle in meeting mode (≤ 12): the same page left on the meeting for
 *   30 s, scaled to a minute;
 * - first-load JavaScript of dist/tab.html in KB gzip (≤ 200): the scripts the page loads before anything else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ADMIN_HEADERS } from '../local-graph/admin';
import { gzipSync } from 'node:zlib';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { provisionLists } from '../../src/data/provision-lists';
import { createReviewsRepository } from '../../src/data/reviews/repository';
import { modelRows, schoolsModel } from '../../src/domain/catalogue';
import { demoInstitution } from '../../src/demo/demo-school';
import type { Participant, Reflection, Review } from '../../src/domain/review/types';
import { createGraphClient } from '../../src/graph/graph-client';
import { resolveSite } from '../../src/graph/sites';
import { startApp } from '../../tests/browser/support/app-server';
import { launchChromium } from '../../tests/browser/support/chromium';

const results: { measure: string; value: number; budget: string; ok: boolean }[] = [];
const record = (measure: string, value: number, limit?: number, unit = ''): void => {
  results.push({ measure, value, budget: limit === undefined ? '(information)' : `≤ ${limit}${unit}`, ok: limit === undefined || value <= limit });
};

const app = await startApp();
const browser = await launchChromium();
const stats = async (): Promise<{ totalRequests: number; requests: Record<string, number> }> =>
  (await fetch(`${app.graphUrl}/_admin/stats`, { headers: ADMIN_HEADERS })).json() as Promise<{ totalRequests: number; requests: Record<string, number> }>;
const resetStats = async (): Promise<void> => void (await fetch(`${app.graphUrl}/_admin/stats/reset`, { method: 'POST', headers: ADMIN_HEADERS }));

try {
  // A review of 32 rows × 12 participants, every reflection made, stored through the data layer.
  const leader = 'careers.leader@contoso.onmicrosoft.com';
  const graph = createGraphClient({ baseUrl: app.graphUrl, tokenProvider: createDevTokenProvider({ upn: leader }), scopes: ['Sites.Manage.All'] });
  const { context } = await provisionLists(graph, (await resolveSite(graph, { hostname: 'contoso.sharepoint.com', path: '/sites/careers' })).id);
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
  await resetStats();
  await page.goto(`${app.pagesUrl}/tab.html?as=${leader}&review=highfield-review-2026-autumn&section=history`);
  await page.getByRole('button', { name: 'Compare the two chosen reviews' }).waitFor();
  const cold = await stats();
  record('Graph requests: cold start of the tab (site, lists, institution, reviews, open review)', cold.totalRequests);

  await resetStats();
  // The review is in its meeting, so it opens on the agenda: its spread needs every reflection.
  await page.getByRole('button', { name: `Open ${review.title}` }).click();
  await page.getByRole('navigation', { name: 'Agenda' }).getByText('0 of 32 rows agreed').waitFor();
  const opened = (await stats()).totalRequests;
  record('Graph requests: open a review of 32 rows × 12 participants', opened, 2);

  await page.waitForTimeout(2_000);
  await resetStats();
  const seconds = 30;
  await page.waitForTimeout(seconds * 1000);
  const idle = (await stats()).totalRequests;
  record(`Graph requests per client per minute, idle in the meeting (${idle} in ${seconds} s)`, (idle * 60) / seconds, 12);
  await page.close();
} finally {
  await browser.close();
  await app.close();
}

// First-load JavaScript.
const dist = resolve('dist');
if (existsSync(join(dist, 'tab.html'))) {
  const html = readFileSync(join(dist, 'tab.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src.replace(/^\//, ''))), { level: 9 }).length, 0);
  record(`First-load JavaScript of tab.html (${scripts.length} files), KB gzip`, Math.round((bytes / 1024) * 10) / 10, 200, ' KB');
}

console.table(results);
if (results.some((r) => !r.ok)) process.exitCode = 1;
