import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Frame, Page } from 'playwright-core';

/** The frame contexts the fake host can load the app in. */
export type FakeFrameContext = 'content' | 'settings' | 'remove' | 'sidePanel' | 'meetingStage';

export interface FakeTeamsOptions {
  /** The page to iframe, relative to the app's origin, e.g. "/tab.html?view=review". */
  readonly path: string;
  readonly frameContext: FakeFrameContext;
  readonly theme?: 'default' | 'dark' | 'contrast';
  readonly locale?: string;
  readonly user?: { readonly id: string; readonly upn: string; readonly displayName: string };
  /** Whether the host supports meeting APIs (stage sharing) and the people picker. */
  readonly meeting?: boolean;
  readonly people?: boolean;
  readonly peoplePicked?: readonly { objectId: string; displayName: string; email: string }[];
  readonly meetingId?: string;
  /** The team and its SharePoint site (default: the demo team); without a group id the app finds the site by its path. */
  readonly team?: { readonly groupId?: string; readonly displayName: string; readonly siteDomain: string; readonly sitePath: string };
}

export interface RecordedMessage {
  readonly func: string;
  readonly args: readonly unknown[];
}

const hostPath = '/__fake-teams-host.html';
const script = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'host-script.js'), 'utf8');

/** The demo team (tools/local-graph/demo-tenant.ts): its group's site holds the lists. */
export const demoTeam = {
  groupId: '7b1d2f1e-9c4a-4c1e-8f3e-2a6d5b9c0e11',
  displayName: 'Careers leadership',
  siteDomain: 'contoso.sharepoint.com',
  sitePath: '/sites/careers',
};

export const careersLeader = {
  id: '3d9b7c1a-0000-4000-8000-000000000001',
  upn: 'careers.leader@contoso.onmicrosoft.com',
  displayName: 'Careers Leader',
};

/**
 * Opens the app inside a page that plays Teams. The host page is served from the app's own origin (teams-js
 * trusts messages from its own origin), so the app needs no test-only origin allow-list.
 */
export async function openInFakeTeams(page: Page, pagesUrl: string, options: FakeTeamsOptions): Promise<Frame> {
  const settings = {
    theme: 'default',
    locale: 'en-GB',
    user: careersLeader,
    team: demoTeam,
    tenantId: '0a1b2c3d-0000-4000-8000-00000000c0de',
    channelName: 'General',
    meeting: false,
    people: false,
    ...options,
    appUrl: `${pagesUrl}${options.path}`,
  };
  await page.route(`${pagesUrl}${hostPath}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Fake Teams</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style></head>
<body><iframe id="app" title="Waypoint"></iframe>
<script>window.__fakeTeamsOptions = ${JSON.stringify(settings)};</script>
<script>${script}</script></body></html>`,
    }),
  );
  await page.goto(`${pagesUrl}${hostPath}`);
  const handle = await page.waitForSelector('iframe#app');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The fake Teams host has no app frame.');
  return frame;
}

/** Everything the app has sent to the host so far. */
export function recordedMessages(page: Page): Promise<RecordedMessage[]> {
  return page.evaluate(() => (window as unknown as { __fakeTeams: { messages: RecordedMessage[] } }).__fakeTeams.messages);
}

/** Sends a host-to-app event, e.g. sendHostEvent(page, 'themeChange', ['dark']). */
export function sendHostEvent(page: Page, func: string, args: readonly unknown[]): Promise<void> {
  return page.evaluate(
    ([f, a]) => (window as unknown as { __fakeTeams: { sendEvent(f: string, a: unknown[]): void } }).__fakeTeams.sendEvent(f, a),
    [func, args] as [string, unknown[]],
  );
}
