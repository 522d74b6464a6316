import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';
import { openInFakeTeams } from './support/fake-teams-host/fake-teams-host';
import {
  axeViolations,
  currentRow,
  eventually,
  openTabAs,
  people,
  screenshot,
  startReview,
  type Theme,
} from './review-pages';

/**
 * Every view of the review — reflect, meeting, snapshot, history, start, the stage — and the configuration
 * page: no axe violations, screenshots in the light, dark and high-contrast themes, a snapshot that prints
 * without controls and saves as an image.
 */
let app: RunningApp;
let browser: Browser;
let newReviewId: string;

const demo = 'review=highfield-review-2026-autumn';

const views: readonly { name: string; query: () => string; ready: (page: Page | Frame) => Promise<void> }[] = [
  {
    name: 'reflect',
    query: () => `review=${newReviewId}&section=reflect`,
    ready: (page) => eventually(currentRow(page), /Your reflection on/),
  },
  {
    name: 'meeting',
    query: () => `${demo}&section=meeting`,
    ready: (page) => eventually(page.getByRole('region', { name: 'Agreed best fit' }), /Agreed by/),
  },
  {
    name: 'snapshot',
    query: () => `${demo}&section=snapshot`,
    ready: (page) => eventually(page.getByRole('region', { name: 'Change since the previous review' }), /7 up/),
  },
  {
    name: 'history',
    query: () => `${demo}&section=history`,
    ready: async (page) => {
      // Each review keeps its date and shows the academic year it falls in.
      for (const date of ['12 November 2025 (2025/26)', '11 November 2026 (2026/27)']) {
        await page.getByRole('row').filter({ hasText: date }).getByRole('checkbox').check();
      }
      await page.getByRole('button', { name: 'Compare the two chosen reviews' }).click();
      await eventually(page.getByRole('region', { name: 'Comparison' }), /Down from 2/);
    },
  },
  {
    name: 'start-review',
    query: () => `${demo}&section=start`,
    ready: (page) => eventually(page.getByRole('form', { name: 'Start an internal leadership review' }), /Participants/),
  },
  {
    name: 'stage',
    query: () => `${demo}&stage=row&row=1.5`,
    ready: (page) => eventually(page.getByRole('region', { name: 'Agreed best fit' }), /Agreed by/),
  },
];

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  const { context, page } = await openTabAs(browser, app.pagesUrl, people.leader.upn);
  newReviewId = await startReview(page, [{ ...people.adviser, role: 'Careers Adviser' }]);
  // A few reflections, so the reflect view shows progress and a chosen column.
  for (const column of [2, 3]) {
    await currentRow(page).getByRole('radio', { name: new RegExp(`^${column} `) }).check();
    await eventually(currentRow(page).getByRole('status').first(), /Saved/);
    await currentRow(page).getByRole('button', { name: 'Next row' }).click();
  }
  await context.close();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the review views', () => {
  for (const theme of ['light', 'dark'] as const satisfies readonly Theme[]) {
    it(`have no accessibility violations and are captured in the ${theme} theme`, async () => {
      for (const view of views) {
        const { context, page } = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: view.query(), theme });
        await view.ready(page);
        expect({ view: view.name, violations: await axeViolations(page) }).toEqual({ view: view.name, violations: [] });
        await screenshot(page, `${view.name}-${theme}`);
        await context.close();
      }
    }, 180_000);
  }

  it("have no accessibility violations in Teams' high-contrast theme", async () => {
    for (const view of views) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 2400 } });
      const frame = await openInFakeTeams(page, app.pagesUrl, { path: `/tab.html?${view.query()}`, frameContext: 'content', theme: 'contrast' });
      await view.ready(frame);
      expect({ view: view.name, violations: await axeViolations(frame) }).toEqual({ view: view.name, violations: [] });
      await screenshot(page, `${view.name}-contrast`);
      await page.close();
    }
  }, 180_000);

  it('stay legible with the system in forced colours (Windows high contrast)', async () => {
    const { context, page } = await openTabAs(browser, app.pagesUrl, people.leader.upn, {
      query: views[0]!.query(),
      theme: 'contrast',
    });
    await page.emulateMedia({ forcedColors: 'active' });
    await views[0]!.ready(page);
    // In forced colours the system's palette must win: every piece of text is drawn in one of its colours, so
    // nothing the app styles itself (forced-color-adjust: none, an image of text) escapes the person's choice.
    const escaped = await page.evaluate(() => {
      if (!matchMedia('(forced-colors: active)').matches) return ['forced colours are not active'];
      const probe = document.createElement('span');
      document.body.append(probe);
      const system = new Set(
        ['CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'GrayText', 'HighlightText', 'ButtonText', 'FieldText', 'MarkText'].map((c) => {
          probe.style.color = c;
          return getComputedStyle(probe).color;
        }),
      );
      probe.remove();
      const texts = [...document.querySelectorAll<HTMLElement>('body *')].filter(
        (el) => el.checkVisibility() && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
      );
      return texts.filter((el) => !system.has(getComputedStyle(el).color)).map((el) => `${el.tagName.toLowerCase()} “${el.innerText.slice(0, 40)}” in ${getComputedStyle(el).color}`);
    });
    expect(escaped).toEqual([]);
    await screenshot(page, 'reflect-forced-colours');
    await context.close();
  });

  it('the configuration page in a plain browser has no accessibility violations', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.pagesUrl}/config.html`);
    await eventually(page.locator('main'), /Open the tab with these settings/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'config-light');
    await page.close();
  });

  it('the snapshot prints without controls and saves as an image', async () => {
    const { context, page } = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: `${demo}&section=snapshot` });
    await eventually(page.getByRole('region', { name: 'Change since the previous review' }), /7 up/);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as image' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Internal leadership review, autumn 2026 snapshot.png');
    const path = await file.path();
    const { statSync } = await import('node:fs');
    expect(statSync(path).size).toBeGreaterThan(20_000);
    await file.saveAs('test-results/screenshots/snapshot-export.png');

    await page.emulateMedia({ media: 'print' });
    for (const control of ['Print or save as PDF', 'Save as image', 'Start a new review']) {
      expect(await page.getByRole('button', { name: control }).isVisible()).toBe(false);
    }
    expect(await page.getByRole('tablist', { name: 'Waypoint' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.length).toBeGreaterThan(20_000);
    await screenshot(page, 'snapshot-print');
    await context.close();
  }, 60_000);
});
