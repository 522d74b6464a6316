import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { currentAcademicYear, localIsoDate, previousAcademicYear } from '../../src/domain/academic-year';
import { createPlanRepository } from '../../src/data/plan/repository';
import { provisionLists } from '../../src/data/provision-lists';
import { createGraphClient } from '../../src/graph/graph-client';
import { resolveSite } from '../../src/graph/sites';
import { axeViolations, eventually, openTabAs, people, screenshot } from './review-pages';
import { type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';
import { openInFakeTeams } from './support/fake-teams-host/fake-teams-host';

/**
 * The governors' report: a review next step becomes a priority and an action in the strategic careers plan and
 * shows in the report; the report prints as a board paper, a short A4 PDF with page numbers (checked as text and
 * looked at as images); axe is clean in the light, dark and high-contrast themes.
 */
let app: RunningApp;
let browser: Browser;
let tab: { context: BrowserContext; page: Page };

const out = 'test-results/governors-report';
const newPriority = 'To make every learner’s careers record complete and used';

async function storedPlan() {
  const graph = createGraphClient({ baseUrl: app.graphUrl, tokenProvider: createDevTokenProvider({ upn: people.leader.upn }), scopes: ['Sites.Manage.All'] });
  const site = await resolveSite(graph, { hostname: 'contoso.sharepoint.com', path: '/sites/careers' });
  return createPlanRepository((await provisionLists(graph, site.id)).context).load();
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  tab = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: 'view=plan' });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe("the governors' report", () => {
  it('shows a priority and an action made from a review next step', async () => {
    const { page } = tab;
    const waiting = page.getByRole('region', { name: 'Agreed next steps without an action' });
    await eventually(waiting, /2\.3 Effective use of recording systems/);
    await waiting.getByRole('button', { name: 'Make this an action: next steps for row 2.3' }).click();

    const dialog = page.getByRole('dialog', { name: 'Make this next step an action' });
    await eventually(dialog, /Agreed next steps for row 2\.3/);
    await dialog.getByLabel('Priority').selectOption({ label: 'A new priority…' });
    await dialog.getByLabel('New priority').fill(newPriority);
    await dialog.getByLabel('Action period').selectOption('Spring 1');
    await dialog.getByLabel('Lead').fill('Hannah Whitfield (Careers Leader)');
    await dialog.getByRole('button', { name: 'Add to the action plan' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    const priority = page.getByRole('region', { name: `Priority 5: ${newPriority}` });
    await eventually(priority, /From the review's next steps for row 2\.3/);
    const stored = await storedPlan();
    expect(stored.priorities.map((p) => p.value.title)).toContain(newPriority);
    const action = stored.actions.find((a) => a.value.fromReview?.rowId === '2.3');
    // No RAG status chosen: the plan's own rule, amber while the action is not yet due (Spring 1 is ahead).
    expect(action?.value).toMatchObject({ period: 'Spring 1', rag: 'amber', maturityRows: ['2.3'] });

    await page.getByRole('tab', { name: "Governors' report" }).click();
    const report = page.getByRole('article', { name: "Governors' report: Highfield Academy" });
    await eventually(report, /Strategic careers plan: 5 priorities, 16 actions \(3 completed;/);
    const rag = page.getByRole('table', { name: 'RAG status of actions by priority' });
    expect(await rag.getByRole('rowheader', { name: `Priority 5: ${newPriority}` }).count()).toBe(1);
    expect(await rag.getByRole('row', { name: new RegExp(`Priority 5: .*Amber 0 1 0 0 of 1`) }).count()).toBe(1);
    await screenshot(page, 'report-after-next-step');
  }, 120_000);

  it('offers the years that hold data, in the report, the careers information page and the statutory record', async () => {
    const { context, page } = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: 'view=report' });
    // The demo school holds three years, this one the latest.
    const thisYear = currentAcademicYear(localIsoDate(new Date()));
    const years = [`${thisYear} (this year)`, previousAcademicYear(thisYear), previousAcademicYear(previousAcademicYear(thisYear))];
    const picker = page.getByRole('combobox', { name: 'Academic year' });
    for (const query of ['view=report', 'view=report&section=published', 'view=plan&section=statutory']) {
      await page.goto(`${app.pagesUrl}/tab.html?as=${people.leader.upn}&${query}`);
      await expect.poll(() => picker.locator('option').allTextContents(), { timeout: 15_000 }).toEqual(years);
    }
    await context.close();
  }, 60_000);

  it('has no axe violations', async () => {
    expect(await axeViolations(tab.page)).toEqual([]);
  });

  it('has no axe violations in the dark theme', async () => {
    const { context, page } = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: 'view=report', theme: 'dark' });
    await eventually(page.getByRole('article', { name: "Governors' report: Highfield Academy" }), /Benchmark 8: Personal guidance/, 20_000);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'report-dark');
    await context.close();
  }, 120_000);

  it("has no axe violations in Teams' high-contrast theme", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 2400 } });
    const frame = await openInFakeTeams(page, app.pagesUrl, { path: '/tab.html?view=report', frameContext: 'content', theme: 'contrast' });
    await eventually(frame.getByRole('article', { name: "Governors' report: Highfield Academy" }), /Benchmark 8: Personal guidance/, 20_000);
    expect(await axeViolations(frame)).toEqual([]);
    await screenshot(page, 'report-contrast');
    await page.close();
  }, 120_000);

  it('folds its long parts away on screen and opens them again to print', async () => {
    const { page } = tab;
    const fold = page.locator('details').filter({ has: page.getByRole('heading', { name: 'Maturity rows, as agreed' }) });
    await fold.locator('summary').click();
    expect(await fold.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await fold.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
  });

  // Replaces the 35-page layout's assertions (text starting with the title; each major section on a page of its own):
  // the board paper flows on without forced breaks, and its running header comes first on every page.
  it('prints as a board paper: at most 12 A4 pages, numbered, with every section and nothing of the app around it', async () => {
    const { page } = tab;
    // The impact figures load on their own: print once the destinations and the figures beside the questions are there.
    const report = page.getByRole('article', { name: "Governors' report: Highfield Academy" });
    await eventually(report, /Year 13 leavers: number and share in each destination/);
    await eventually(report, /Impact data recorded: destinations \(3 years\)/);
    mkdirSync(out, { recursive: true });
    const pdf = `${out}/governors-report.pdf`;
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(3);
    expect(pages).toBeLessThanOrEqual(12);

    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pageTexts = text.split('\f').filter((p) => p.trim() !== '');
    expect(pageTexts).toHaveLength(pages);
    pageTexts.forEach((p, i) => {
      expect(p, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages}`);
      expect(p, `page ${i + 1}`).toContain('Highfield Academy: careers report to the governing body');
    });
    // The cover: the school, the title, the date and the period covered, on the first page.
    expect(pageTexts[0]).toMatch(/Highfield Academy\s+Careers education and guidance: report to\s+the governing body/);
    expect(pageTexts[0]).toMatch(/Period covered\s+12 November 2025 to \d{1,2} \w+ 20\d\d/);
    const sections = [
      'Summary',
      'Where we are',
      'What changed since the last review',
      'What changed since last year',
      'What is at risk',
      'What to ask',
      'Statutory duties and Provider Access Legislation',
      'The five statutory responsibilities, as numbered in',
      'Provider access policy statement',
      'Recommendations in Careers education',
      'Maturity snapshot and change since the last review',
      'Each maturity row: the column agreed',
      'Provision map: coverage and gaps',
      'Coverage: number of activities by stage and year group',
      'Provider Access Legislation: encounters per key phase',
      'Destinations of leavers',
      'Year 11 leavers: number and share in each destination',
      'Strategic careers plan progress',
      'Key strategic questions to support and challenge leaders',
      'Legal requirements and other expectations',
      'Strategic oversight',
      'Prompt questions for each benchmark',
      'Benchmark 1: A stable careers programme',
      'Benchmark 5: Encounters with employers and employees',
      'Benchmark 8: Personal guidance',
    ];
    // Reading order (not layout): the questions run in two columns on paper, where a heading may wrap in its column.
    const reading = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const at = sections.map((s) => reading.indexOf(s));
    expect(sections.filter((_, i) => at[i]! < 0)).toEqual([]);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The summary fits on the first two pages, beside the cover.
    expect(pageTexts.slice(0, 2).join('')).toContain('What to ask');
    // Each table once: the maturity rows are not repeated per question.
    expect(text.match(/Each maturity row: the column agreed/g)).toHaveLength(1);
    // The governors' questions on impact carry the recorded figures, small numbers suppressed.
    expect(reading).toContain('Impact data recorded: destinations (3 years), learner perception (2 years), stakeholder voice (3 years) and risk of NEET (2 years).');
    expect(reading).toContain('NEET among leavers: Year 11 leavers 3% in 2024/25, 5% in 2025/26; Year 13 leavers withheld (small numbers).');
    // Addresses wrap only after a slash or a hyphen, or before a dot or @, never mid-word: each piece printed on a line
    // starts and ends at such a place in its address.
    const addresses = ['https://highfield.contoso.com/careers/provider-access-policy', 'https://highfield.contoso.com/careers', 'careers.leader@contoso.onmicrosoft.com'];
    const atBreak = (a: string, i: number): boolean => i <= 0 || i >= a.length || /[.@]/.test(a[i]!) || /[/-]/.test(a[i - 1]!);
    const pieces = text.split(/\s+/).map((t) => t.replace(/,$/, '')).filter((t) => /contoso|onmicrosoft|^\.com/.test(t));
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) {
      const placed = addresses.some((a) => a.includes(piece) && atBreak(a, a.indexOf(piece)) && atBreak(a, a.indexOf(piece) + piece.length));
      expect(placed, piece).toBe(true);
    }
    // A title wrapped inside a table cell reads as one line in reading order.
    expect(reading).toContain(`Priority 5: ${newPriority}`);
    // No controls and no app chrome: the tab bar, the app's title and subtitle, the buttons.
    for (const chrome of ['Print or save as PDF', 'Refresh', 'Academic year', 'Careers information for the website', 'Careers leadership: internal leadership review, plan', 'Internal leadership review   Strategic careers plan']) {
      expect(text).not.toContain(chrome);
    }

    rmSync(`${out}/page`, { recursive: true, force: true });
    mkdirSync(`${out}/page`, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, `${out}/page/p`]);
    expect(readdirSync(`${out}/page`).filter((f) => f.endsWith('.png'))).toHaveLength(pages);
  }, 120_000);

  it("offers the careers information page for the school's website: checked, copyable, printable, and clean for axe", async () => {
    const { context, page } = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: 'view=report&section=published' });
    const section = page.getByRole('region', { name: "Careers information for the school's website" });
    await eventually(section, /On the page\./, 20_000);
    const checks = section.getByRole('list', { name: 'What the school must publish, and whether the page has it' });
    expect(await checks.getByRole('listitem').count()).toBe(4);
    expect(await checks.getByText('On the page.').count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);

    const preview = page.frameLocator('iframe[title^="Careers at Highfield Academy"]');
    await eventually(preview.locator('body'), /Who leads careers/);
    // The frame is the same document a school pastes (around the fragment Copy gives), so it prints as a PDF of its own.
    const html = await page.locator('iframe[title^="Careers at Highfield Academy"]').getAttribute('srcdoc');
    expect(html).toMatch(/^<!doctype html>/);
    const printable = await context.newPage();
    const standalone = `${app.pagesUrl}/__careers-information.html`;
    await printable.route(standalone, (route) => route.fulfill({ body: html!, contentType: 'text/html; charset=utf-8' }));
    await printable.goto(standalone);
    expect(await axeViolations(printable)).toEqual([]);
    mkdirSync(out, { recursive: true });
    const pdf = `${out}/careers-information.pdf`;
    await printable.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const heading of ['Careers at Highfield Academy', 'Who leads careers', 'Our careers programme', 'How we know the programme is working', 'When we next review this page']) {
      expect(text).toContain(heading);
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    rmSync(`${out}/published`, { recursive: true, force: true });
    mkdirSync(`${out}/published`, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, `${out}/published/p`]);
    expect(readdirSync(`${out}/published`)).toHaveLength(pages);
    await screenshot(page, 'published-information');
    await context.close();
  }, 120_000);
});
