import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';
import { openInFakeTeams, recordedMessages, sendHostEvent } from './support/fake-teams-host/fake-teams-host';
import { axeViolations, eventually, screenshot } from './review-pages';

/**
 * The Teams path, not only the plain browser: the pages run inside a page that answers teams-js's messages
 * as Teams does (initialize, getContext with the demo team's group, theme changes, the configuration page's
 * save and remove events, stage sharing) and records what the app asks of it.
 */
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  return page;
}

const calls = async (page: Page, func: string): Promise<unknown[][]> =>
  (await recordedMessages(page)).filter((m) => m.func === func).map((m) => [...m.args]);

const background = (frame: Frame): Promise<string> =>
  frame.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor);

describe('in Teams', () => {
  it('the configuration page enables Save, stores the choices in the contentUrl, and has no accessibility violations', async () => {
    const page = await newPage();
    const frame = await openInFakeTeams(page, app.pagesUrl, { path: '/config.html', frameContext: 'settings' });
    await frame.getByRole('radio', { name: 'Colleges' }).check();
    await frame.getByRole('radio', { name: 'Strategic careers plan' }).check();
    await expect.poll(() => calls(page, 'settings.setValidityState')).toContainEqual([true]);
    expect(await calls(page, 'registerHandler')).toContainEqual(['save']);
    expect(await axeViolations(frame)).toEqual([]);
    await screenshot(page, 'config-teams-light');

    await sendHostEvent(page, 'settings.save', [{}]);
    await expect.poll(() => calls(page, 'settings.save.success')).toHaveLength(1);
    const [[config]] = (await calls(page, 'settings.setSettings')) as [[Record<string, string>]];
    expect(config).toEqual({
      contentUrl: `${app.pagesUrl}/tab.html?variant=colleges&view=plan`,
      websiteUrl: `${app.pagesUrl}/tab.html?variant=colleges&view=plan`,
      entityId: 'waypoint-plan',
      suggestedDisplayName: 'Careers plan',
    });
    await page.close();
  });

  it('the removal page explains that nothing is deleted and confirms the removal', async () => {
    const page = await newPage();
    const frame = await openInFakeTeams(page, app.pagesUrl, { path: '/config.html', frameContext: 'remove' });
    await eventually(frame.locator('main'), /Removing this tab deletes nothing/);
    await expect.poll(() => calls(page, 'settings.setValidityState')).toContainEqual([true]);
    expect(await calls(page, 'registerHandler')).toContainEqual(['remove']);
    await sendHostEvent(page, 'settings.remove', []);
    await expect.poll(() => calls(page, 'settings.remove.success')).toHaveLength(1);
    await page.close();
  });

  it("the tab uses the team's site from the context and follows the theme live", async () => {
    const page = await newPage();
    const frame = await openInFakeTeams(page, app.pagesUrl, { path: '/tab.html?view=review', frameContext: 'content' });
    await eventually(frame.locator('main'), /Careers leadership for Careers leadership/);
    await eventually(frame.getByRole('heading', { level: 2 }).first(), /Internal leadership review, autumn 2026/);
    expect(await calls(page, 'getContext')).toHaveLength(1);
    expect(await calls(page, 'registerHandler')).toContainEqual(['themeChange']);
    const light = await background(frame);
    expect(light).toBe('rgb(250, 250, 250)');

    await sendHostEvent(page, 'themeChange', ['dark']);
    await expect.poll(() => background(frame)).toBe('rgb(31, 31, 31)');
    await screenshot(page, 'tab-teams-dark');
    await sendHostEvent(page, 'themeChange', ['contrast']);
    await expect.poll(() => background(frame)).toBe('rgb(0, 0, 0)');
    await page.close();
  });

  it('in the meeting side panel the facilitator shares the row to the stage, which shows it large', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    const panel = await openInFakeTeams(page, app.pagesUrl, {
      path: '/tab.html?view=review&review=highfield-review-2026-autumn',
      frameContext: 'sidePanel',
      meeting: true,
      meetingId: 'meeting-1',
    });
    const share = panel.getByRole('button', { name: 'Share this row to the meeting stage' });
    await share.click({ timeout: 30_000 });
    await expect.poll(() => calls(page, 'meeting.shareAppContentToStage')).toHaveLength(1);
    const [[url]] = (await calls(page, 'meeting.shareAppContentToStage')) as [[string]];
    expect(new URL(url).searchParams.get('stage')).toBe('row');
    await screenshot(page, 'side-panel-light');

    const stage = await newPage();
    const frame = await openInFakeTeams(stage, app.pagesUrl, {
      path: url.slice(app.pagesUrl.length),
      frameContext: 'meetingStage',
      meeting: true,
    });
    const rowId = new URL(url).searchParams.get('row')!;
    await eventually(frame.getByRole('heading', { level: 2 }), new RegExp(`^${rowId.replace('.', '\\.')} `));
    await eventually(frame.getByRole('region', { name: 'Agreed best fit' }), /Agreed by/);
    expect(await axeViolations(frame)).toEqual([]);
    await screenshot(stage, 'stage-light');
    await page.close();
    await stage.close();
  });

  it('offers no stage sharing where the host lacks it (an ordinary channel tab)', async () => {
    const page = await newPage();
    const frame = await openInFakeTeams(page, app.pagesUrl, {
      path: '/tab.html?view=review&section=meeting',
      frameContext: 'content',
    });
    await eventually(frame.getByRole('navigation', { name: 'Agenda' }), /rows agreed/);
    expect(await frame.getByRole('button', { name: 'Share this row to the meeting stage' }).count()).toBe(0);
    await page.close();
  });

  it('iframed by a page that is not Teams, the tab gives up waiting quickly and works as a plain page', async () => {
    const page = await newPage();
    const silentHost = `${app.pagesUrl}/__silent-host.html`;
    await page.route(silentHost, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en-GB"><title>Not Teams</title><iframe title="Waypoint" src="/tab.html" style="width:100%;height:90vh;border:0"></iframe></html>`,
      }),
    );
    const started = Date.now();
    await page.goto(silentHost);
    const frame = page.frames().find((f) => f.url().includes('/tab.html'))!;
    await eventually(frame.getByRole('heading', { level: 2 }).first(), /Internal leadership review/);
    expect(Date.now() - started).toBeLessThan(15_000);
    await page.close();
  });

  it("offers the team's people picker when starting a review, where the host has one", async () => {
    const page = await newPage();
    const frame = await openInFakeTeams(page, app.pagesUrl, {
      path: '/tab.html?view=review&section=start',
      frameContext: 'content',
      people: true,
      peoplePicked: [{ objectId: 'a1', displayName: 'Aisha Rahman', email: 'aisha.rahman@contoso.onmicrosoft.com' }],
    });
    await frame.getByRole('button', { name: 'Choose from the team' }).click({ timeout: 30_000 });
    await expect.poll(() => frame.getByLabel('Participant 2: name').inputValue()).toBe('Aisha Rahman');
    expect(await frame.getByLabel('Participant 2: email or user name').inputValue()).toBe('aisha.rahman@contoso.onmicrosoft.com');
    expect(await calls(page, 'people.selectPeople')).toHaveLength(1);
    await page.close();
  });
});
