/**
 * Helpers for the review's browser tests: pages as particular people, the actions a person takes (found by
 * role and name, as a screen reader would), axe, screenshots, and a look at what the server stored.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { vi } from 'vitest';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { maturityModel } from '../../src/domain/catalogue';
import { DEMO_INSTITUTION_ID } from '../../src/demo/demo-provision-map';
import { provisionLists } from '../../src/data/provision-lists';
import { createReviewsRepository, type LoadedReview } from '../../src/data/reviews/repository';
import { createGraphClient } from '../../src/graph/graph-client';
import { resolveSite } from '../../src/graph/sites';

export const people = {
  leader: { upn: 'careers.leader@contoso.onmicrosoft.com', name: 'Careers Leader' },
  adviser: { upn: 'tom.griffiths@contoso.onmicrosoft.com', name: 'Tom Griffiths' },
  /** On the panel, reflecting late: the agenda must say who has reflected. */
  head: { upn: 'amira.khan@contoso.onmicrosoft.com', name: 'Amira Khan' },
} as const;

export type Theme = 'light' | 'dark' | 'contrast';

/** A browser context (its own sessionStorage) signed in locally as `upn`, showing the tab. */
export async function openTabAs(
  browser: Browser,
  pagesUrl: string,
  upn: string,
  options: { query?: string; theme?: Theme; width?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1400, height: 1000 },
    colorScheme: options.theme === 'dark' ? 'dark' : 'light',
    forcedColors: options.theme === 'contrast' ? 'active' : 'none',
    locale: 'en-GB',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  await page.goto(`${pagesUrl}/tab.html?as=${encodeURIComponent(upn)}${options.query ? `&${options.query}` : ''}`);
  return { context, page };
}

/** Starts a new review through the form, with the signed-in person and `others`; returns its id. */
export async function startReview(page: Page, others: readonly { upn: string; name: string; role: string }[]): Promise<string> {
  await page.getByRole('button', { name: 'Start a new review' }).click();
  const form = page.getByRole('form', { name: 'Start an internal leadership review' });
  for (const [i, person] of others.entries()) {
    const n = i + 2;
    if (n > 2) await form.getByRole('button', { name: 'Add a participant' }).click();
    await form.getByLabel(`Participant ${n}: name`).fill(person.name);
    await form.getByLabel(`Participant ${n}: email or user name`).fill(person.upn);
    await form.getByLabel(`Participant ${n}: role`).fill(person.role);
  }
  await form.getByRole('button', { name: 'Start the review' }).click();
  await page.waitForURL((url) => /^review-/.test(url.searchParams.get('review') ?? ''), { timeout: 30_000 });
  return new URL(page.url()).searchParams.get('review')!;
}

export function section(page: Page, name: 'Reflect' | 'Meeting' | 'Snapshot' | 'History'): Promise<void> {
  return page.getByRole('tab', { name, exact: true }).click();
}

/** The row article currently shown (the one headed by a maturity row). */
export function currentRow(page: Page | Frame): Locator {
  return page.getByRole('article');
}

/** Reflects on every row with the mouse, choosing `column(i)` for the i-th row. */
export async function reflectOnEveryRow(page: Page, column: (i: number) => number, rows = 32): Promise<void> {
  for (let i = 0; i < rows; i++) {
    const row = currentRow(page);
    await row.getByRole('radio', { name: new RegExp(`^${column(i)} `) }).check();
    await eventually(row.getByRole('status').first(), /Saved/);
    if (i < rows - 1) await row.getByRole('button', { name: 'Next row' }).click();
  }
}

/**
 * Waits until the locator's text matches: polls the condition (never a fixed sleep), with a default that
 * allows for a loaded two-core machine. Pass a shorter timeout only where the time itself is the requirement.
 */
export async function eventually(locator: Locator, text: RegExp, timeout = 30_000): Promise<void> {
  // vi.waitFor, not expect.poll: this also runs in beforeAll hooks, where expect.poll is not allowed.
  await vi.waitFor(
    async () => {
      const seen = (await locator.count()) > 0 ? ((await locator.first().textContent()) ?? '') : '';
      if (!text.test(seen)) throw new Error(`Expected ${locator.toString()} to match ${text}; it read "${seen.slice(0, 300)}".`);
    },
    { timeout, interval: 100 },
  );
}

/** Presses Tab until `isTarget` holds for the focused element (keyboard only, like a person would). */
export async function tabUntil(page: Page, isTarget: (el: Element) => boolean, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(`(${isTarget.toString()})(document.activeElement)`);
    if (found) return;
  }
  throw new Error('Tab never reached the element.');
}

const require = createRequire(import.meta.url);

/** Runs axe-core on the page; returns violations as readable lines (empty when clean). */
export async function axeViolations(page: Page | Frame): Promise<string[]> {
  // The pages' Content-Security-Policy allows same-origin scripts only, so axe is served from the page's origin.
  const axeUrl = new URL('/__axe.min.js', page.url()).href;
  const owner = 'page' in page ? page.page() : page;
  await owner.route(axeUrl, (route) => route.fulfill({ path: require.resolve('axe-core/axe.min.js'), contentType: 'text/javascript' }));
  await page.addScriptTag({ url: axeUrl });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: { exclude: string[][] }): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    // Tabster's focus-redirecting dummies (Fluent's TabList) are aria-hidden yet focusable by design: a known
    // false positive (microsoft/tabster#288, microsoft/fluentui#27517), which Accessibility Insights suppresses too.
    return (await axe.run({ exclude: [['[data-tabster-dummy]']] })).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
  return results;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** The review as stored on the local server, read through the app's own data layer. */
export async function storedReview(graphUrl: string, reviewId: string): Promise<LoadedReview> {
  const reviews = await reviewsRepository(graphUrl);
  const loaded = await reviews.load(reviewId);
  if (!loaded) throw new Error(`Review ${reviewId} is not stored.`);
  return loaded;
}

/** Agrees every row not yet agreed straight through the data layer (the meeting's 32 agreements, skipped). */
export async function agreeRemainingRows(graphUrl: string, reviewId: string, column: 1 | 2 | 3 | 4): Promise<void> {
  const reviews = await reviewsRepository(graphUrl);
  const loaded = await storedReview(graphUrl, reviewId);
  const agreed = new Set(loaded.bestFits.map((b) => b.value.rowId));
  const rows = maturityModel(loaded.review.value.variant).themes.flatMap((t) => t.rows).filter((r) => !agreed.has(r.id));
  const outcomes = await reviews.saveBestFits(
    rows.map((row) => ({
      value: {
        reviewId,
        rowId: row.id,
        column,
        evidence: 'Agreed in the meeting.',
        evidenceLinks: [],
        nextSteps: '',
        agreedBy: [people.leader.upn],
        agreedAt: new Date().toISOString(),
      },
    })),
  );
  if (outcomes.some((o) => !o.ok)) throw new Error('Not every row could be agreed.');
}

/**
 * A review already in the meeting, with `leader` and `adviser` on its panel, whose rows `agreed` have a best fit
 * with next steps, stored straight through the data layer (the reflections beforehand are skipped); returns its id.
 */
export async function seedMeeting(graphUrl: string, agreed: readonly string[]): Promise<string> {
  const reviews = await reviewsRepository(graphUrl);
  const id = `review-meeting-${Date.now()}`;
  const participants = [people.leader, people.adviser].map((p) => ({ id: p.upn, displayName: p.name, role: 'Senior leader' }));
  await reviews.saveReview({
    id,
    institutionId: DEMO_INSTITUTION_ID,
    variant: 'schools',
    title: 'Internal leadership review, in the meeting',
    date: new Date().toISOString().slice(0, 10),
    status: 'meeting',
    participants,
  });
  const outcomes = await reviews.saveBestFits(
    agreed.map((rowId) => ({
      value: {
        reviewId: id,
        rowId,
        column: 2 as const,
        evidence: 'Agreed in the meeting.',
        evidenceLinks: [],
        nextSteps: `Next step agreed for row ${rowId}: write careers responsibilities into the staff handbook.`,
        agreedBy: [people.leader.upn],
        agreedAt: new Date().toISOString(),
      },
    })),
  );
  if (outcomes.some((o) => !o.ok)) throw new Error('The seeded rows could not be agreed.');
  return id;
}

async function reviewsRepository(graphUrl: string) {
  const graph = createGraphClient({
    baseUrl: graphUrl,
    tokenProvider: createDevTokenProvider({ upn: people.leader.upn }),
    scopes: ['Sites.Manage.All'],
  });
  const site = await resolveSite(graph, { hostname: 'contoso.sharepoint.com', path: '/sites/careers' });
  const { context } = await provisionLists(graph, site.id);
  return createReviewsRepository(context);
}
