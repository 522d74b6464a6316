import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { LIST_NAMES } from '../../src/data/schema/lists';
import { createGraphClient } from '../../src/graph/graph-client';
import { readSiteLists } from '../../src/graph/sites';
import { type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/chromium';
import { careersLeader, openInFakeTeams } from './support/fake-teams-host/fake-teams-host';

/**
 * A team whose site has never held Waypoint's lists (the demo tenant's root site): the tab sets the site up
 * itself, fetching the provisioning code only for this, and opens on the form that starts the first review.
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

const newSite = { displayName: 'Communication site', siteDomain: 'contoso.sharepoint.com', sitePath: '/' };

async function waypointListsOnNewSite(): Promise<string[]> {
  const graph = createGraphClient({ baseUrl: app.graphUrl, tokenProvider: createDevTokenProvider({ upn: careersLeader.upn }), scopes: ['Sites.Manage.All'] });
  const { lists } = await readSiteLists(graph, { hostname: newSite.siteDomain, path: newSite.sitePath });
  return Object.values(LIST_NAMES).filter((name) => lists.has(name.toLowerCase()));
}

describe('the first start on a team site without lists', () => {
  it("sets up Waypoint's lists and offers to start the first review", async () => {
    expect(await waypointListsOnNewSite()).toEqual([]);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
    const frame = await openInFakeTeams(page, app.pagesUrl, { path: '/tab.html?view=review', frameContext: 'content', team: newSite });
    await frame.getByRole('button', { name: 'Start the review' }).waitFor({ timeout: 30_000 });
    expect(await waypointListsOnNewSite()).toEqual(Object.values(LIST_NAMES));
    await page.close();
  });
});
