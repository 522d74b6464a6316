import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { currentAcademicYear, localIsoDate, previousAcademicYear } from '../../src/domain/academic-year';
import { axeViolations, eventually, openTabAs, people, screenshot } from './review-pages';
import { type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';

/**
 * The strategic careers plan by academic year, as a careers leader sees it: this year by default, the picker
 * offering the demo school's three years (the ones holding data), the year kept in the address, overdue judged
 * within the year shown, and the plan's RAG and completion year on year; at full width and at 320 px.
 */
let app: RunningApp;
let browser: Browser;
let tab: { context: BrowserContext; page: Page };

const thisYear = currentAcademicYear(localIsoDate(new Date()));
const lastYear = previousAcademicYear(thisYear);
const firstYear = previousAcademicYear(lastYear);
const escaped = (year: string): string => year.replace('/', '\\/');

const picker = (page: Page) => page.getByRole('combobox', { name: 'Academic year' });
const yearHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /^The plan for/ });
const glance = (page: Page) => page.getByRole('region', { name: 'At a glance' });
const yearOnYear = (page: Page) => page.getByRole('table', { name: 'RAG status and completion of the action plan, by academic year' });

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  tab = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: 'view=plan', width: 1600 });
  await eventually(glance(tab.page), /overdue/, 20_000);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the plan by academic year', () => {
  it('shows this year by default and offers the years that hold data', async () => {
    const { page } = tab;
    await eventually(yearHeading(page), new RegExp(`The plan for ${escaped(thisYear)}`));
    expect(await picker(page).inputValue()).toBe(thisYear);
    await expect.poll(() => picker(page).locator('option').allTextContents()).toEqual([`${thisYear} (this year)`, lastYear, firstYear]);
    // Year on year: each year a row, the one shown marked; last year's open action continued into this year.
    await expect.poll(() => yearOnYear(page).getByRole('row').count()).toBe(4);
    expect(await yearOnYear(page).getByRole('row', { name: new RegExp(`^${escaped(firstYear)} 2 .* 2 of 2 \\(100%\\) 0$`) }).count()).toBe(1);
    expect(await yearOnYear(page).getByRole('row', { name: new RegExp(`^${escaped(lastYear)} 4 .* 3 of 4 \\(75%\\) 1$`) }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-years-this-year');
  });

  it('switches to last year, judging overdue as at that year’s end, and back', async () => {
    const { page } = tab;
    await picker(page).selectOption(lastYear);
    await eventually(yearHeading(page), new RegExp(`The plan for ${escaped(lastYear)}`));
    expect(new URL(page.url()).searchParams.get('year')).toBe(lastYear);
    await eventually(page.getByRole('region', { name: `The plan for ${lastYear}` }), /ended on 31 August \d{4}, so an action still open then is judged overdue as at that day/);
    // The impact statement, still open when the year ended (its end point 17 July), 45 days later.
    await eventually(glance(page), /1 action is overdue[\s\S]*Overdue by 45 days/);
    // Next steps of the latest review go into this year's plan or a later one, not into a year gone by.
    expect(await page.getByRole('region', { name: 'Agreed next steps without an action' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-years-last-year');

    await picker(page).selectOption(thisYear);
    await eventually(yearHeading(page), new RegExp(`The plan for ${escaped(thisYear)}`));
    expect(new URL(page.url()).searchParams.get('year')).toBeNull();
  });

  it('keeps the year when moving to the provision map', async () => {
    const { page } = tab;
    await picker(page).selectOption(firstYear);
    await eventually(yearHeading(page), new RegExp(`The plan for ${escaped(firstYear)}`));
    await page.goto(page.url().replace('view=plan', 'view=map'));
    await eventually(page.getByRole('heading', { level: 2, name: /^Provision map/ }), new RegExp(`Provision map ${escaped(firstYear)}`), 20_000);
  });

  it('reads at 320 px wide with no axe violations', async () => {
    const narrow = await openTabAs(browser, app.pagesUrl, people.leader.upn, { query: `view=plan&year=${encodeURIComponent(lastYear)}`, width: 320 });
    try {
      await eventually(yearHeading(narrow.page), new RegExp(`The plan for ${escaped(lastYear)}`), 20_000);
      await expect.poll(() => yearOnYear(narrow.page).getByRole('row').count()).toBe(4);
      expect(await picker(narrow.page).inputValue()).toBe(lastYear);
      // The year's heading, picker and the year on year fit the width (the table scrolls inside its own box).
      for (const region of [`The plan for ${lastYear}`, 'Year on year']) {
        expect(await narrow.page.getByRole('region', { name: region }).evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
      }
      // Nothing scrolls sideways: the "Plan and duties" tabs wrap onto a second line rather than run off the page.
      const tabs = narrow.page.getByRole('tablist', { name: 'Plan and duties' });
      expect(await tabs.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
      expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(narrow.page)).toEqual([]);
      await screenshot(narrow.page, 'plan-years-320');
      await tabs.getByRole('tab', { name: 'Statutory duties record' }).click();
      await narrow.page.getByRole('heading', { level: 2, name: /Statutory/ }).first().waitFor();
      expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await narrow.context.close();
    }
  });
});
