import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';
import {
  agreeRemainingRows,
  axeViolations,
  currentRow,
  eventually,
  openTabAs,
  screenshot,
  people,
  reflectOnEveryRow,
  startReview,
  storedReview,
  tabUntil,
} from './review-pages';

/**
 * The internal leadership review end to end, as two participants in two browser contexts against the local
 * Graph server: a new review (so the demo's agreed reviews stay as they are), every row reflected on, a best
 * fit agreed live, a conflict resolved with nothing lost, and the snapshot's change since the last review.
 */
let app: RunningApp;
let browser: Browser;
let leader: { context: BrowserContext; page: Page };
let adviser: { context: BrowserContext; page: Page };
let reviewId: string;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the internal leadership review', () => {
  it('two participants reflect on every row of a new review (one of them by keyboard alone)', async () => {
    leader = await openTabAs(browser, app.pagesUrl, people.leader.upn);
    reviewId = await startReview(leader.page, [
      { ...people.adviser, role: 'Careers Adviser' },
      { ...people.head, role: 'Head teacher' },
    ]);
    await expect.poll(() => leader.page.getByText('Your reflections: 0 of 32 rows').count()).toBe(1);
    await reflectOnEveryRow(leader.page, (i) => (i % 4) + 1);
    await expect.poll(() => leader.page.getByText('Your reflections: 32 of 32 rows').count()).toBe(1);

    adviser = await openTabAs(browser, app.pagesUrl, people.adviser.upn, { query: `review=${reviewId}` });
    const page = adviser.page;
    await expect.poll(() => page.getByText('Your reflections: 0 of 32 rows').count(), { timeout: 30_000 }).toBe(1);
    // Keyboard only: into the first row's radio group, pick a column with the arrows, on to "Next row".
    await tabUntil(page, (el) => el instanceof HTMLInputElement && el.type === 'radio');
    for (let i = 0; i < 32; i++) {
      await page.keyboard.press(i % 2 ? 'ArrowRight' : 'Space');
      await eventually(currentRow(page).getByRole('status').first(), /Saved/);
      if (i === 31) break;
      await tabUntil(page, (el) => el.textContent === 'Next row');
      await page.keyboard.press('Enter');
      // Focus is now on the new row's heading; the next Tab reaches its radio group.
      await tabUntil(page, (el) => el instanceof HTMLInputElement && el.type === 'radio');
    }
    await expect.poll(() => page.getByText('Your reflections: 32 of 32 rows').count()).toBe(1);

    const stored = await storedReview(app.graphUrl, reviewId);
    expect(stored.reflections.filter((r) => r.value.participantId === people.leader.upn)).toHaveLength(32);
    expect(stored.reflections.filter((r) => r.value.participantId === people.adviser.upn)).toHaveLength(32);
  }, 300_000);

  it('starting the meeting opens it on the first agenda row, which says honestly who has reflected', async () => {
    await leader.page.getByRole('button', { name: 'Start the meeting' }).click();
    await eventually(leader.page.getByText('In the meeting').first(), /In the meeting/);
    for (const { page } of [leader, adviser]) {
      // Everyone is taken to the meeting, the one who started it and (at the next refresh) the others.
      await expect.poll(() => page.getByRole('tab', { name: 'Meeting', selected: true }).count(), { timeout: 10_000 }).toBe(1);
      const first = (await agendaItems(page).first().textContent()) ?? '';
      await eventually(currentRow(page).getByRole('heading').first(), new RegExp(`^${first.match(/^\d+\.\d+/)![0].replace('.', '\\.')} `));
    }
    // Row 1.1: the leader and the adviser chose 1; the head teacher has not reflected yet.
    await eventually(agendaItem(leader.page, '1.1'), /2 of 3 reflected: both chose 1/);
    expect(await leader.page.getByText(/All chose/).count()).toBe(0);
  }, 60_000);

  it('in the meeting, a best fit one person agrees appears for the other within 5 seconds, and the meeting moves on', async () => {
    for (const { page } of [leader, adviser]) await agendaItem(page, '1.1').click();
    const order = await agendaRowIds(leader.page);
    const form = bestFitForm(leader.page);
    await form.getByRole('radio', { name: '3 Routine and consistent' }).check();
    await form.getByLabel('Evidence', { exact: true }).fill('Job description agreed; four hours a week.');
    await form.getByRole('button', { name: 'Agree best fit' }).click();
    await eventually(currentRow(leader.page), /Best fit for 1\.1 .* saved: 3 .*Now on/);
    const savedAt = Date.now();
    // The next row in agenda order (nothing else is agreed yet).
    const next = order[(order.indexOf('1.1') + 1) % order.length]!;
    await eventually(currentRow(leader.page).getByRole('heading').first(), new RegExp(`^${next.replace('.', '\\.')} `));

    const seen = bestFitForm(adviser.page).getByRole('radio', { name: '3 Routine and consistent' });
    await expect.poll(() => seen.isChecked(), { timeout: 5_000, interval: 100 }).toBe(true);
    // Within what is left of the same five seconds.
    await eventually(agendaItem(adviser.page, '1.1'), /Agreed: 3/, Math.max(1, 5_000 - (Date.now() - savedAt)));
    expect(Date.now() - savedAt).toBeLessThanOrEqual(5_000);
  }, 120_000);

  it('two people changing the same row at once get a conflict, resolved by combining with both inputs kept', async () => {
    // Both open row 1.1 as agreed above, so both saves quote the same eTag: the second is refused (412).
    for (const { page } of [leader, adviser]) await agendaItem(page, '1.1').click();
    const mine = bestFitForm(adviser.page);
    const theirs = bestFitForm(leader.page);
    await theirs.getByRole('radio', { name: '2 Regular and planned' }).check();
    await theirs.getByLabel('Evidence', { exact: true }).fill('Leader: the vision is in the school development plan.');
    await mine.getByRole('radio', { name: '3 Routine and consistent' }).check();
    await mine.getByLabel('Evidence', { exact: true }).fill('Adviser: pupils in every year group can describe it.');

    await theirs.getByRole('button', { name: 'Agree best fit' }).click();
    await eventually(currentRow(leader.page), /Best fit for 1\.1 .* saved: 2 /);
    await mine.getByRole('button', { name: 'Agree best fit' }).click();

    const conflict = adviser.page.getByRole('region', { name: 'Two versions of this best fit' });
    await eventually(conflict.getByRole('region', { name: 'Their version' }), /Leader: the vision/);
    await eventually(conflict.getByRole('region', { name: 'Your version' }), /Adviser: pupils/);
    expect(await axeViolations(adviser.page)).toEqual([]);
    await screenshot(adviser.page, 'meeting-conflict-light');
    await conflict.getByRole('button', { name: 'Combine' }).click();
    const evidence = mine.getByLabel('Evidence', { exact: true });
    expect(await evidence.inputValue()).toContain('Leader: the vision is in the school development plan.');
    expect(await evidence.inputValue()).toContain('Adviser: pupils in every year group can describe it.');
    await mine.getByRole('button', { name: 'Agree best fit' }).click();
    await eventually(currentRow(adviser.page), /Best fit for 1\.1 .* saved/);

    const stored = await storedReview(app.graphUrl, reviewId);
    const fit = stored.bestFits.find((b) => b.value.rowId === '1.1')!.value;
    expect(fit.evidence).toContain('Leader: the vision is in the school development plan.');
    expect(fit.evidence).toContain('Adviser: pupils in every year group can describe it.');
    expect(fit.agreedBy).toEqual(expect.arrayContaining([people.leader.upn, people.adviser.upn]));
  }, 120_000);

  it('two people agreeing a new row at the same moment end with one best fit and one visible conflict, never a hidden duplicate', async () => {
    // Row 1.2 has no best fit yet: both saves are creates of the same key, and SharePoint's unique key refuses one.
    // Each person sees row 1.2 on their screen before typing (the form belongs to the row shown).
    for (const { page } of [leader, adviser]) {
      await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /^1\.2 / }).click();
      await eventually(currentRow(page).getByRole('heading').first(), /^1\.2 /);
    }
    const forms = { leader: bestFitForm(leader.page), adviser: bestFitForm(adviser.page) };
    await forms.leader.getByRole('radio', { name: '2 Regular and planned' }).check();
    await forms.leader.getByLabel('Evidence', { exact: true }).fill('Leader: the plan is published on the website.');
    await forms.adviser.getByRole('radio', { name: '3 Routine and consistent' }).check();
    await forms.adviser.getByLabel('Evidence', { exact: true }).fill('Adviser: parents were asked about the plan.');

    // Both see what they typed before they agree.
    await expect.poll(() => forms.leader.getByLabel('Evidence', { exact: true }).inputValue()).toBe('Leader: the plan is published on the website.');
    await expect.poll(() => forms.adviser.getByLabel('Evidence', { exact: true }).inputValue()).toBe('Adviser: parents were asked about the plan.');
    // A save arriving from the other person meanwhile is said below the button, so both clicks land on it (said
    // above the fields, it moved the button under the pointer: the likeliest cause of this test's flake at load 20).
    await Promise.all([forms.leader, forms.adviser].map((form) => form.getByRole('button', { name: 'Agree best fit' }).click()));

    const outcome = async (page: Page): Promise<'saved' | 'conflict' | 'pending'> => {
      if ((await page.getByRole('region', { name: 'Two versions of this best fit' }).count()) > 0) return 'conflict';
      // A saved agreement moves the meeting on to the next row and says so.
      const said = (await currentRow(page).textContent().catch(() => '')) ?? '';
      return /Best fit for 1\.2 .* saved/.test(said) ? 'saved' : 'pending';
    };
    await expect.poll(async () => [await outcome(leader.page), await outcome(adviser.page)].sort(), { timeout: 30_000 }).toEqual(['conflict', 'saved']);
    // The one whose create was refused sees the conflict, with the other's agreement as theirs.
    const loser = (await outcome(leader.page)) === 'conflict' ? leader : adviser;
    const winnerText = loser === leader ? /Adviser: parents/ : /Leader: the plan/;
    await eventually(loser.page.getByRole('region', { name: 'Two versions of this best fit' }).getByRole('region', { name: 'Their version' }), winnerText);

    const stored = await storedReview(app.graphUrl, reviewId);
    const fits = stored.bestFits.filter((b) => b.value.rowId === '1.2');
    expect(fits).toHaveLength(1);
    expect(fits[0]!.value.evidence).toMatch(winnerText);
  }, 120_000);

  it('an agreement can be made with the keyboard alone', async () => {
    const page = leader.page;
    await page.getByRole('radio', { name: 'Widest disagreement first' }).focus();
    await tabUntil(page, (el) => (el.textContent ?? '').startsWith('2.1 '));
    await page.keyboard.press('Enter');
    await tabUntil(page, (el) => el instanceof HTMLInputElement && el.type === 'radio' && !!el.closest('[data-best-fit]'));
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Provision map for every year group, shared with staff.');
    await tabUntil(page, (el) => el.textContent === 'Agree best fit');
    await page.keyboard.press('Enter');
    await eventually(currentRow(page), /Best fit for 2\.1 .* saved: 2 /);

    const stored = await storedReview(app.graphUrl, reviewId);
    const fit = stored.bestFits.find((b) => b.value.rowId === '2.1')!.value;
    expect(fit.column).toBe(2);
    expect(fit.evidence).toBe('Provision map for every year group, shared with staff.');
  }, 120_000);

  it('a note typed before choosing a column survives moving rows, kept as a draft', async () => {
    const head = await openTabAs(browser, app.pagesUrl, people.head.upn, { query: `review=${reviewId}&section=reflect` });
    const page = head.page;
    const row = currentRow(page);
    await eventually(row.getByRole('heading').first(), /^1\.1 /, 15_000);
    await row.getByLabel('Your note (optional)').fill('Governors asked about this in the summer; not sure which column yet.');
    await row.getByRole('button', { name: 'Next row' }).click();
    await eventually(row.getByRole('heading').first(), /^1\.2 /);
    await row.getByRole('button', { name: 'Previous row' }).click();
    expect(await row.getByLabel('Your note (optional)').inputValue()).toBe('Governors asked about this in the summer; not sure which column yet.');

    await expect
      .poll(async () => (await storedReview(app.graphUrl, reviewId)).reflections.find((r) => r.value.participantId === people.head.upn)?.value)
      .toEqual(expect.objectContaining({ rowId: '1.1', note: expect.stringContaining('Governors asked') }));
    const draft = (await storedReview(app.graphUrl, reviewId)).reflections.find((r) => r.value.participantId === people.head.upn)!;
    expect(draft.value.choice).toBeUndefined();
    // A draft does not count as reflecting; the meeting sees the note all the same.
    await page.reload();
    await eventually(currentRow(page).getByRole('heading').first(), /^1\.1 /, 15_000);
    expect(await currentRow(page).getByLabel('Your note (optional)').inputValue()).toContain('Governors asked');
    await eventually(agendaItem(leader.page, '1.1'), /2 of 3 reflected/);
    await head.context.close();
  }, 60_000);

  it('moving away from a best fit typed but not saved asks first', async () => {
    const page = leader.page;
    const here = ((await currentRow(page).getByRole('heading').first().textContent()) ?? '').match(/^\d+\.\d+/)![0];
    await bestFitForm(page).getByLabel('Next steps').fill('Share the careers plan with every head of year.');
    await agendaItem(page, '1.2').click();
    const dialog = page.getByRole('alertdialog', { name: 'Leave this row without saving?' });
    await eventually(dialog, /not saved/);
    await screenshot(page, 'meeting-leave-unsaved');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await eventually(currentRow(page).getByRole('heading').first(), new RegExp(`^${here.replace('.', '\\.')} `));
    expect(await bestFitForm(page).getByLabel('Next steps').inputValue()).toBe('Share the careers plan with every head of year.');
    await agendaItem(page, '1.2').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Leave without saving' }).click();
    await eventually(currentRow(page).getByRole('heading').first(), /^1\.2 /);
  }, 60_000);

  it('agreeing the review asks first, records who and when, and an editor can reopen it with a reason that is kept', async () => {
    const page = leader.page;
    await agreeRemainingRows(app.graphUrl, reviewId, 2);
    const agree = page.getByRole('button', { name: 'Mark the review as agreed' });
    await expect.poll(() => agree.isEnabled(), { timeout: 15_000 }).toBe(true);
    await agree.click();
    const dialog = page.getByRole('alertdialog', { name: 'Mark the review as agreed?' });
    await eventually(dialog, /read-only/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'review-agree-dialog');
    const before = Date.now();
    await dialog.getByRole('button', { name: 'Mark as agreed' }).click();
    // The header's line (a best fit's own "Agreed by …" line ends with a full stop).
    await eventually(page.getByText(/^Agreed by .* at \d\d:\d\d$/), /^Agreed by Careers Leader, \d+ \w+ \d{4} at \d\d:\d\d$/);
    expect(await page.getByText(/^Meeting \d+ \w+ \d{4}$/).count()).toBe(1);

    let stored = (await storedReview(app.graphUrl, reviewId)).review.value;
    expect(stored.status).toBe('agreed');
    expect(stored.agreement?.by).toBe(people.leader.upn);
    expect(Date.parse(stored.agreement!.at)).toBeGreaterThanOrEqual(before - 1_000);
    const meetingDate = stored.date;

    await page.getByRole('button', { name: 'Reopen the review' }).click();
    const reopen = page.getByRole('alertdialog', { name: 'Reopen the agreed review?' });
    await reopen.getByRole('button', { name: 'Reopen the review' }).click();
    await eventually(reopen, /Say why/);
    await reopen.getByLabel(/Why is it being reopened/).fill('Row 3.2 evidence came from the wrong year.');
    await reopen.getByRole('button', { name: 'Reopen the review' }).click();
    await eventually(page.getByText(/^Reopened by /), /Reopened by Careers Leader, .*: Row 3\.2 evidence came from the wrong year\./);
    await screenshot(page, 'review-reopened');

    stored = (await storedReview(app.graphUrl, reviewId)).review.value;
    expect(stored.status).toBe('meeting');
    expect(stored.date).toBe(meetingDate);
    expect(stored.reopenings).toEqual([
      expect.objectContaining({ by: people.leader.upn, reason: 'Row 3.2 evidence came from the wrong year.', agreement: expect.objectContaining({ by: people.leader.upn }) }),
    ]);
  }, 90_000);

  it('the meeting at 320 px and at full width: the row in hand, no sideways scroll, axe clean', async () => {
    for (const width of [320, 1400]) {
      const { context, page } = await openTabAs(browser, app.pagesUrl, people.adviser.upn, { query: `review=${reviewId}&section=meeting`, width });
      await eventually(currentRow(page).getByRole('heading').first(), /^\d+\.\d+ /, 15_000);
      await screenshot(page, `meeting-${width}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  }, 90_000);

  it("the snapshot shows the change since the demo school's previous review", async () => {
    const page = leader.page;
    await page.goto(`${app.pagesUrl}/tab.html?review=highfield-review-2026-autumn&section=snapshot`);
    const heatMap = (theme: RegExp) => page.getByRole('table', { name: theme });
    const rowOf = (theme: RegExp, row: RegExp) => heatMap(theme).getByRole('row', { name: row });
    await eventually(rowOf(/^Theme 1:/, /^1\.7 /), /Down from 2/);
    await eventually(rowOf(/^Theme 1:/, /^1\.2 /), /Up from 2/);
    await eventually(rowOf(/^Theme 2:/, /^2\.5 /), /Down from 2/);
    await eventually(page.getByRole('region', { name: 'Change since the previous review' }), /7 up, 2 down, 23 the same/);
  }, 60_000);

  it('a member who may only read sees the review but no controls that change it', async () => {
    const viewer = await openTabAs(browser, app.pagesUrl, 'susan.pemberton@contoso.onmicrosoft.com', {
      query: `readonly=1&review=${reviewId}&section=meeting`,
    });
    const page = viewer.page;
    await eventually(page.getByRole('navigation', { name: 'Agenda' }), /rows agreed/);
    expect(await page.getByText(/\(local\), view only/).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Start a new review' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Agree best fit' }).count()).toBe(0);
    await viewer.context.close();
  }, 60_000);
});


function agendaItems(page: Page) {
  return page.getByRole('navigation', { name: 'Agenda' }).getByRole('listitem').getByRole('button');
}

function agendaItem(page: Page, rowId: string) {
  return page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: new RegExp(`^${rowId.replace('.', '\\.')} `) });
}

async function agendaRowIds(page: Page): Promise<string[]> {
  return (await agendaItems(page).allTextContents()).map((t) => t.match(/^\d+\.\d+/)![0]);
}

function bestFitForm(page: Page) {
  return page.getByRole('region', { name: 'Agreed best fit' });
}
