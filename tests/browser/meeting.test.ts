import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { axeViolations, currentRow, eventually, openTabAs, people, screenshot, seedMeeting } from './review-pages';
import { type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';

/**
 * The meeting as a head teacher and the Careers Leader run it, in two browser contexts: an agreed row's next steps
 * made an action where they were agreed, and found at once in the plan by the other person.
 */
let app: RunningApp;
let browser: Browser;
let reviewId: string;
const opened: { context: BrowserContext; page: Page }[] = [];

async function open(upn: string, query: string, width?: number): Promise<Page> {
  const tab = await openTabAs(browser, app.pagesUrl, upn, { query, ...(width ? { width } : {}) });
  opened.push(tab);
  return tab.page;
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  reviewId = await seedMeeting(app.graphUrl, ['1.1', '1.2']);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the meeting', () => {
  it('makes an agreed next step an action, says where it went, and the plan shows it to someone else at once', async () => {
    const leader = await open(people.leader.upn, `review=${reviewId}&section=meeting&row=1.1`);
    const row = currentRow(leader);
    await eventually(row.getByRole('heading').first(), /^1\.1 /);
    await row.getByRole('button', { name: 'Make this an action' }).click();
    const dialog = leader.getByRole('dialog', { name: 'Make this next step an action' });
    await eventually(dialog, /Priority/);
    expect(await axeViolations(leader)).toEqual([]);

    // Nothing chosen: every missing field is named and nothing is saved.
    await dialog.getByRole('button', { name: 'Add to the action plan' }).click();
    await eventually(dialog, /Lead is required/);
    await dialog.getByLabel('Priority').selectOption({ index: 1 });
    await dialog.getByLabel('Lead').fill('Rachel Bennett');
    await dialog.getByLabel('Action period').selectOption('Spring 1');
    // The RAG status starts as the plan's own rule gives it.
    expect(await dialog.getByLabel('RAG status').locator('option:checked').textContent()).toBe("By the plan's rule: Amber");
    await screenshot(leader, 'meeting-make-action');
    await dialog.getByRole('button', { name: 'Add to the action plan' }).click();

    await eventually(row.getByRole('status').filter({ hasText: 'Added to the action plan' }), /Spring 1, led by Rachel Bennett, end point 28 February 2027\./);
    expect(await dialog.count()).toBe(0);
    expect(await row.getByRole('region', { name: 'Agreed best fit' }).count()).toBe(1);
    await screenshot(leader, 'meeting-action-placed');

    const head = await open(people.adviser.upn, 'view=plan');
    const made = head.getByRole('row').filter({ hasText: 'Next step agreed for row 1.1' });
    await eventually(made, /Rachel Bennett/);
    expect(await made.count()).toBe(1);

    // The confirmation's link opens the plan in the same tab.
    await row.getByRole('link', { name: 'Open the strategic careers plan' }).click();
    await eventually(leader.getByRole('row').filter({ hasText: 'Next step agreed for row 1.1' }), /Spring 1/);
  }, 120_000);
});
