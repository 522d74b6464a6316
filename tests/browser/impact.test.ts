import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { createImpactRepository } from '../../src/data/impact/repository';
import { provisionLists } from '../../src/data/provision-lists';
import { createGraphClient } from '../../src/graph/graph-client';
import { resolveSite } from '../../src/graph/sites';
import { axeViolations, eventually, openTabAs, people, screenshot, type Theme } from './review-pages';
import { type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';

/**
 * The Impact evidence view: destinations, survey results and stakeholder voice entered through forms (with the
 * domain's messages for bad input and both versions on a conflict), imported from .csv and .xlsx (a file with names
 * refused), trends as charts with their tables, axe-clean in light, dark and high contrast and at 320 px; the figures
 * beside row 2.4 in the review and the destinations trend in the printed governors' report.
 */
let app: RunningApp;
let browser: Browser;
let tab: { context: BrowserContext; page: Page };
const out = 'test-results/impact';

async function impactRepository() {
  const graph = createGraphClient({ baseUrl: app.graphUrl, tokenProvider: createDevTokenProvider({ upn: people.leader.upn }), scopes: ['Sites.Manage.All'] });
  const site = await resolveSite(graph, { hostname: 'contoso.sharepoint.com', path: '/sites/careers' });
  const { context } = await provisionLists(graph, site.id);
  return createImpactRepository(context);
}

const csv = (rows: readonly (readonly (string | number)[])[]): Buffer => Buffer.from(rows.map((r) => r.join(',')).join('\r\n'));

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  tab = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: 'view=impact&year=2025/26' });
  await eventually(tab.page.getByRole('table', { name: 'Destinations of leavers in 2025/26' }), /Year 11 leavers/);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the impact view', () => {
  it('shows the year’s records, the findings in plain words and each trend as a chart with its table', async () => {
    const { page } = tab;
    await eventually(page.getByRole('list', { name: 'Destinations and risk of NEET' }), /NEET among Year 11 leavers rose from 3% in 2024\/25 to 5% in 2025\/26/);
    const figure = page.getByRole('figure', { name: /^NEET among Year 11 leavers/ });
    await eventually(figure, /3% in 2024\/25, 5% in 2025\/26/);
    const table = figure.getByRole('table', { name: 'NEET among Year 11 leavers, by academic year' });
    expect(await table.getByRole('row', { name: '2025/26 5%' }).count()).toBe(1);
    // The chart is for the eye: hidden from screen readers, which have the caption and the table.
    expect(await figure.locator('svg').getAttribute('aria-hidden')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'impact-view');
  });

  it('adds destinations, saying plainly when the counts do not add up to the cohort', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'Add destinations' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add destinations' });
    await dialog.getByLabel(/^Leavers/).selectOption('programme');
    await dialog.getByLabel('Programme').fill('Level 3 Engineering');
    await dialog.getByLabel('Source').selectOption('local-authority');
    await dialog.getByLabel('Number of leavers').fill('20');
    await dialog.getByLabel('Apprenticeship').fill('8');
    await dialog.getByLabel('Employment with training').fill('6');
    await dialog.getByLabel('Higher education').fill('3');
    await dialog.getByLabel('NEET').fill('-1');
    await dialog.getByRole('button', { name: 'Save destinations' }).click();
    await eventually(dialog, /NEET must be a whole number of learners, 0 or more \(it is -1\)/);
    await dialog.getByLabel('NEET').fill('1');
    await dialog.getByRole('button', { name: 'Save destinations' }).click();
    await eventually(dialog.getByRole('alert'), /the destinations add up to 18 but the cohort is 20/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'impact-destinations-invalid');
    await dialog.getByLabel('Not known').fill('2');
    await dialog.getByRole('button', { name: 'Save destinations' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await eventually(page.getByRole('table', { name: 'Destinations of leavers in 2025/26' }), /Level 3 Engineering leavers/);
    const stored = (await (await impactRepository()).load()).destinations.find((d) => d.value.cohort.kind === 'programme');
    expect(stored?.value).toMatchObject({ academicYear: '2025/26', source: 'local-authority', all: { cohort: 20, counts: { apprenticeship: 8, neet: 1, 'not-known': 2 } } });
  });

  it('shows both versions when someone else changed the record first, and keeps the one chosen', async () => {
    const { page } = tab;
    const repo = await impactRepository();
    await page.getByRole('button', { name: 'Change destinations of Level 3 Engineering leavers' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change destinations' });
    const theirs = (await repo.load()).destinations.find((d) => d.value.cohort.kind === 'programme')!;
    const [saved] = await repo.saveDestinations([{ value: { ...theirs.value, note: 'Their note: checked with the LA' }, version: theirs }]);
    expect(saved?.ok).toBe(true);
    await dialog.getByLabel('Note').fill('My note: from the September return');
    await dialog.getByRole('button', { name: 'Save destinations' }).click();
    await eventually(dialog, /Someone else changed this destinations while you were editing it/);
    await eventually(dialog.getByRole('region', { name: 'Their version' }), /Their note: checked with the LA/);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const now = (await repo.load()).destinations.find((d) => d.value.cohort.kind === 'programme')!;
    expect(now.value.note).toBe('My note: from the September return');
  });

  it('adds stakeholder voice, refusing over-long findings with the limit and the length, and survey results', async () => {
    const { page } = tab;
    await page.getByRole('tab', { name: 'Stakeholder voice' }).click();
    await page.getByRole('button', { name: 'Add stakeholder voice' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add stakeholder voice' });
    await dialog.getByLabel('Group').selectOption('employers');
    await dialog.getByLabel('Date').fill('2026-03-12');
    await dialog.getByLabel('How it was gathered').fill('Round table after the careers fair');
    await dialog.getByLabel('People who took part').fill('9');
    await dialog.getByLabel('What it found').fill('x'.repeat(10_001));
    await dialog.getByRole('button', { name: 'Save stakeholder voice' }).click();
    await eventually(dialog, /What it found must be 10,000 characters or fewer \(it is 10,001\)/);
    await dialog.getByLabel('What it found').fill('Employers want more work experience placements in Year 12.');
    await dialog.getByRole('button', { name: 'Save stakeholder voice' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await eventually(page.getByRole('table', { name: 'Stakeholder voice in 2025/26' }), /Round table after the careers fair/);

    await page.getByRole('tab', { name: 'Learner perception' }).click();
    await page.getByRole('button', { name: 'Add survey results' }).click();
    const survey = page.getByRole('dialog', { name: 'Add survey results' });
    await survey.getByLabel('Date the round closed').fill('2026-07-01');
    await survey.getByLabel(/^Year group/).selectOption('10');
    await survey.getByLabel('Responses').fill('150');
    await survey.getByLabel('Learners in the year group').fill('120');
    await survey.getByLabel('Self-awareness').fill('140');
    await survey.getByRole('button', { name: 'Save results' }).click();
    await eventually(survey, /Responses \(150\) cannot be more than the learners in the year group \(120\)/);
    await eventually(survey, /positive answers must be a percentage from 0 to 100 \(it is 140\)/);
    await survey.getByLabel('Responses').fill('96');
    await survey.getByLabel('Self-awareness').fill('71');
    await survey.getByRole('button', { name: 'Save results' }).click();
    await expect.poll(() => survey.count()).toBe(0);
    await eventually(page.getByRole('table', { name: 'Learner perception survey results in 2025/26' }), /Year 10.*96 of 120/);
  });

  it('adds risk of NEET counts, refusing more flagged than the year group, and keeps the section in the address', async () => {
    const { page } = tab;
    await page.getByRole('tab', { name: 'Risk of NEET' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('section')).toBe('neet-risk');
    await page.getByRole('button', { name: 'Add risk of NEET counts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add risk of NEET counts' });
    await dialog.getByLabel(/^Year group/).selectOption('10');
    await dialog.getByLabel('Date counted').fill('2026-01-20');
    await dialog.getByLabel('Learners in the year group').fill('150');
    await dialog.getByLabel('Learners flagged at risk of NEET').fill('200');
    await dialog.getByLabel('Of those, learners supported').fill('-3');
    await dialog.getByRole('button', { name: 'Save counts' }).click();
    await eventually(dialog, /Learners flagged \(200\) cannot be more than the learners in the year group \(150\)/);
    await eventually(dialog, /Learners supported must be a whole number of learners, 0 or more \(it is -3\)/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'impact-neet-invalid');
    await dialog.getByLabel('Learners flagged at risk of NEET').fill('12');
    await dialog.getByLabel('Of those, learners supported').fill('8');
    await dialog.getByLabel('Support given').fill('Small-group guidance and a college taster day');
    await dialog.getByRole('button', { name: 'Save counts' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await eventually(page.getByRole('table', { name: 'Learners flagged at risk of NEET in 2025/26' }), /Year 10.*12 of 150/);
    const stored = (await (await impactRepository()).load()).neetRisk.find((r) => r.value.date === '2026-01-20');
    expect(stored?.value).toMatchObject({ yearGroup: '10', yearGroupSize: 150, flagged: 12, supported: 8 });
  });

  it('asks before removing a record, naming it, and shows both versions when someone changed it meanwhile', async () => {
    const { page } = tab;
    const repo = await impactRepository();
    await page.getByRole('tab', { name: 'Risk of NEET' }).click();
    await page.getByRole('button', { name: 'Remove risk of NEET counts for Year 10, 20 January 2026' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove this record?' });
    await eventually(dialog, /will be removed for everyone in the team.*Learners flagged12 of 150/);
    const theirs = (await repo.load()).neetRisk.find((r) => r.value.date === '2026-01-20')!;
    const [saved] = await repo.saveNeetRisk([{ value: { ...theirs.value, supported: 12, support: 'Everyone flagged has a mentor now' }, version: theirs }]);
    expect(saved?.ok).toBe(true);
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await eventually(dialog, /Someone else changed the risk of NEET counts for Year 10, 20 January 2026 while you were removing it/);
    await eventually(dialog.getByRole('region', { name: 'Their version' }), /Everyone flagged has a mentor now/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'impact-remove-conflict');
    await dialog.getByRole('button', { name: 'Remove anyway' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.getByRole('table', { name: 'Learners flagged at risk of NEET in 2025/26' }).getByText('Year 10').count()).toBe(0);
    expect((await repo.load()).neetRisk.some((r) => r.value.date === '2026-01-20')).toBe(false);
  });

  it('offers a reader no way to add, change or remove a record', async () => {
    const reader = await openTabAs(browser, app.pagesUrl, people.head.upn, { query: 'view=impact&year=2025/26&readonly=1' });
    await eventually(reader.page.getByRole('table', { name: 'Destinations of leavers in 2025/26' }), /Year 11 leavers/);
    for (const kind of ['Destinations', 'Learner perception', 'Stakeholder voice', 'Risk of NEET']) {
      await reader.page.getByRole('tab', { name: kind }).click();
      await eventually(reader.page.getByRole('tabpanel'), /Trends over the years/);
      expect(await reader.page.getByRole('button', { name: /^(Remove|Change|Add) / }).count()).toBe(0);
    }
    expect(await reader.page.getByRole('tab', { name: 'Import from a file' }).count()).toBe(0);
    await reader.context.close();
  });

  it('imports destinations from CSV and survey results from a workbook, and refuses a file with names in it', async () => {
    const { page } = tab;
    await page.getByRole('tab', { name: 'Import from a file' }).click();
    const file = page.getByLabel('File (.xlsx or .csv)');
    await page.getByLabel('What the file holds').selectOption('destinations');
    await file.setInputFiles({
      name: 'destinations-2022-23.csv',
      mimeType: 'text/csv',
      buffer: csv([
        ['Academic year', 'Leavers', 'Source', 'Cohort', 'Sixth form', 'FE college', 'Apprenticeship', 'NEET', 'Not known'],
        ['2022/23', 'Year 11', 'Local authority', 170, 90, 60, 8, 2, 10],
        ['2022/23', 'Year 13', 'Local authority', 90, 0, 80, 5, 2, 5],
      ]),
    });
    const preview = page.getByRole('region', { name: 'Import preview' });
    await eventually(preview, /1 row is ready to import; 1 row has problems/);
    await eventually(preview.getByRole('list', { name: 'Rows with problems' }), /Row 3: .*add up to 92 but the cohort is 90/);
    await screenshot(page, 'impact-import-preview');
    await page.getByRole('button', { name: 'Import 1 record' }).click();
    await eventually(page.getByText(/1 record was imported from “destinations-2022-23.csv”/), /imported/);
    await page.getByRole('tab', { name: 'Destinations' }).click();
    await eventually(page.getByRole('figure', { name: /^NEET among Year 11 leavers/ }), /1% in 2022\/23, 2% in 2023\/24/);
    await page.getByRole('tab', { name: 'Import from a file' }).click();

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('FSQ');
    sheet.addRows([
      ['Academic year', 'Survey', 'Date', 'Year group', 'Responses', 'Learners in the year group', 'Self-awareness', 'Career knowledge and decision-making'],
      ['2023/24', 'FSQ', '2024-06-21', 'Year 9', 110, 175, 58, 50],
    ]);
    await page.getByLabel('What the file holds').selectOption('perception');
    await file.setInputFiles({ name: 'fsq-2023-24.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await book.xlsx.writeBuffer()) });
    await eventually(preview, /1 row is ready to import\./);
    await page.getByRole('button', { name: 'Import 1 record' }).click();
    await eventually(page.getByText(/1 record was imported from “fsq-2023-24.xlsx”/), /imported/);
    const fsq = (await (await impactRepository()).load()).perception.find((p) => p.value.academicYear === '2023/24');
    expect(fsq?.value).toMatchObject({ survey: 'fsq', yearGroup: '9', responses: 110, areas: [{ area: 'Self-awareness', percentPositive: 58 }, { area: 'Career knowledge and decision-making', percentPositive: 50 }] });

    await page.getByLabel('What the file holds').selectOption('voice');
    await file.setInputFiles({
      name: 'voice.csv',
      mimeType: 'text/csv',
      buffer: csv([
        ['Academic year', 'Group', 'Date', 'Method', 'Participants', 'Findings', 'Pupil name'],
        ['2025/26', 'Learners', '2026-02-01', 'Survey', 40, 'Want more talks', 'Jane Smith'],
      ]),
    });
    await eventually(page.getByText(/“voice.csv” was not imported/), /not imported/);
    await eventually(page.getByText(/the column “Pupil name” looks like personal details/), /personal details/);
    expect(await page.getByRole('button', { name: /^Import / }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const theme of ['dark', 'contrast'] as const satisfies readonly Theme[]) {
    it(`has no axe violations in the ${theme} theme`, async () => {
      const other = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: 'view=impact&year=2025/26', theme });
      await eventually(other.page.getByRole('figure', { name: /^NEET among Year 11 leavers/ }), /5% in 2025\/26/);
      expect(await axeViolations(other.page)).toEqual([]);
      await screenshot(other.page, `impact-view-${theme}`);
      await other.context.close();
    });
  }

  it('fits 320 px without sideways scrolling of the page, and has no axe violations there', async () => {
    const narrow = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: 'view=impact&year=2025/26', width: 320 });
    await eventually(narrow.page.getByRole('figure', { name: /^NEET among Year 11 leavers/ }), /5% in 2025\/26/);
    expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(narrow.page)).toEqual([]);
    await screenshot(narrow.page, 'impact-view-320');
    // The page is very tall at 320 px: the first chart and the dialog are looked at as a person scrolled to them.
    await narrow.page.getByRole('figure', { name: /^NEET among Year 11 leavers/ }).scrollIntoViewIfNeeded();
    await narrow.page.screenshot({ path: 'test-results/screenshots/impact-chart-320.png' });
    await narrow.page.getByRole('button', { name: 'Add destinations' }).click();
    await eventually(narrow.page.getByRole('dialog', { name: 'Add destinations' }), /Number of leavers/);
    await narrow.page.screenshot({ path: 'test-results/screenshots/impact-dialog-320.png' });
    await narrow.context.close();
  });
});

describe('the figures elsewhere', () => {
  it('shows the recorded figures beside row 2.4 in the review', async () => {
    const review = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: 'view=review&section=reflect&row=2.4' });
    const figures = review.page.getByRole('region', { name: 'Recorded figures for this row' });
    await eventually(figures, /Year 11 leavers of 2025\/26: 180 in the cohort; NEET 5%/);
    expect(await axeViolations(review.page)).toEqual([]);
    await screenshot(review.page, 'impact-review-row-2-4');
    await review.context.close();
  });

  it('shows a plan objective’s key metric figure each year beside its target, and points it at another figure', async () => {
    const plan = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: 'view=plan' });
    const { page } = plan;
    await eventually(page.getByRole('region', { name: 'Key metric: Apprenticeship or further education college among Year 11 leavers' }), /2025\/26.*Target.*45%/);
    await page.getByRole('button', { name: 'Change priority 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change priority' });
    const objective = dialog.getByRole('listitem', { name: 'Objective 1' });
    await objective.getByLabel('Recorded figure it follows').selectOption({ label: 'NEET among Year 11 leavers' });
    await objective.getByLabel('Target (%)').fill('120');
    await dialog.getByRole('button', { name: 'Save priority' }).click();
    await eventually(objective, /Target must be a percentage from 0 to 100 \(it is 120\)/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'impact-plan-key-metric-picker');
    await objective.getByLabel('Target (%)').fill('2');
    await dialog.getByRole('button', { name: 'Save priority' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const metric = page.getByRole('region', { name: 'Key metric: NEET among Year 11 leavers' });
    await eventually(metric, /2024\/25.*2025\/26.*Target.*3%.*5%.*2%/);
    await eventually(page.getByText(/5% in 2025\/26; target 2%, not met\./), /not met/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'impact-plan-key-metric');
    await plan.context.close();
  });

  it('prints the destinations trend in the governors’ report, small numbers suppressed', async () => {
    const report = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: 'view=report' });
    const section = report.page.getByRole('region', { name: 'Destinations of leavers' });
    await eventually(section, /fewer than 5/);
    await eventually(section.getByRole('figure', { name: /^NEET among Year 11 leavers/ }), /5% in 2025\/26/);
    expect(await axeViolations(report.page)).toEqual([]);
    mkdirSync(out, { recursive: true });
    await report.page.emulateMedia({ media: 'print' });
    await report.page.pdf({ path: `${out}/governors-report.pdf`, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', [`${out}/governors-report.pdf`, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Destinations of leavers');
    expect(text).toMatch(/NEET among Year 11 leavers .*5% in 2025\/26/);
    await report.context.close();
  });
});
