/**
 * Sign-in end to end in Chromium, against a fake Entra ID (tests/package/support/fake-entra.ts):
 * MSAL v5 for real, our pages under the tenant Content-Security-Policy, nothing on the network.
 *
 * - plain browser: silent fails (no account) → popup → redirect bridge (auth-redirect.html)
 *   broadcasts the response → token; the next call comes from MSAL's sessionStorage cache.
 * - nested app authentication: a stand-in for the host's NAA bridge (`window.nestedAppAuthBridge`,
 *   MSAL's BridgeProxy protocol) answers, and MSAL's nestable client takes the token from it.
 * - Office dialog fallback: auth-dialog.html runs the redirect flow, the bridge hands the
 *   response back, and the token goes to the task pane through `messageParent` (Office.js is a
 *   stand-in here that records the message).
 *
 * Real Teams and Office hosts are still needed to confirm their side: see docs/deployment.md.
 * Skipped when Debian's chromium is not installed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

import { build } from 'esbuild';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { decodeAuthDialogMessage } from '../../src/auth/auth-dialog-protocol';
import { authDialogUrl } from '../../src/auth/token-request';
import { chromiumPath, launchChromium } from '../browser/support/chromium';
import { contentSecurityPolicy, OFFICE_JS_URL } from '../../tools/package/csp';
import { REPO_ROOT } from '../../tools/package/package-app';
import { FakeEntra } from './support/fake-entra';

const ORIGIN = 'https://waypoint.sign-in.test';
const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const TENANT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const SCOPE = 'https://graph.microsoft.com/Sites.Selected';

/** Office.js stand-in for the dialog page: records what the page sends to its opener. */
const FAKE_OFFICE_JS = `window.__sentToParent = [];
window.Office = { onReady: () => Promise.resolve({ host: 'Excel' }),
  context: { requirements: { isSetSupported: () => true },
    ui: { messageParent: (message, options) => window.__sentToParent.push({ message, options }) } } };
// Like the real Office.js, take history.replaceState and pushState away.
history.replaceState = null; history.pushState = null;`;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

let site: string;
let browser: Browser | undefined;

function page(script: string, body: string, extraHead = ''): string {
  const csp = contentSecurityPolicy({ target: 'tenant', meta: true });
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">${extraHead}<script defer src="${script}"></script></head><body>${body}</body></html>`;
}

async function contextWith(entra: FakeEntra): Promise<{ context: BrowserContext; violations: string[] }> {
  const context = await browser!.newContext();
  const violations: string[] = [];
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  context.on('console', (m) => {
    if (/CSP violation|Refused to/.test(m.text())) violations.push(m.text());
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (await entra.handle(route)) return;
    if (url.href === OFFICE_JS_URL) return route.fulfill({ status: 200, headers: { 'content-type': 'text/javascript' }, body: FAKE_OFFICE_JS });
    if (url.origin === ORIGIN) {
      const file = join(site, url.pathname);
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }, body: readFileSync(file) });
    }
    return route.abort();
  });
  return { context, violations };
}

describe.skipIf(!existsSync(chromiumPath))('sign-in end to end (Chromium, fake Entra ID)', () => {
  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'waypoint-sign-in-'));
    await build({
      entryPoints: {
        probe: join(REPO_ROOT, 'tests/package/support/sign-in-probe.ts'),
        'auth-dialog': join(REPO_ROOT, 'src/app/auth-dialog/index.ts'),
        'auth-redirect': join(REPO_ROOT, 'src/app/auth-dialog/redirect.ts'),
      },
      bundle: true,
      format: 'iife',
      target: 'es2022',
      outdir: site,
      logLevel: 'silent',
    });
    writeFileSync(join(site, 'probe.html'), page('probe.js', '<button id="go">Sign in</button><div id="root"></div>'));
    writeFileSync(join(site, 'auth-dialog.html'), page('auth-dialog.js', '<div id="root"></div>', `<script src="${OFFICE_JS_URL}"></script>`));
    writeFileSync(join(site, 'auth-redirect.html'), page('auth-redirect.js', '<div id="root"></div>'));
    writeFileSync(join(site, 'config.json'), JSON.stringify({ mode: 'tenant', clientId: CLIENT_ID, tenantId: TENANT_ID, origin: ORIGIN }));
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  it('plain browser: popup through the redirect bridge, then the cache; no CSP violation, nothing in localStorage', async () => {
    const entra = new FakeEntra(TENANT_ID, CLIENT_ID, ORIGIN);
    const { context, violations } = await contextWith(entra);
    const tab = await context.newPage();
    await tab.goto(`${ORIGIN}/probe.html`);
    await tab.click('#go'); // a user gesture, as a real sign-in button would give
    await tab.waitForFunction(() => document.getElementById('root')?.getAttribute('data-result'), null, { timeout: 60_000 });
    const result = JSON.parse((await tab.getAttribute('#root', 'data-result'))!) as Record<string, unknown>;

    expect(result).toMatchObject({ first: entra.accessToken, second: entra.accessToken, localEntries: 0 });
    expect(result.sessionEntries).toBeGreaterThan(0);
    // One interactive round trip; the second token came from the cache.
    expect(entra.calls.map((c) => c.endpoint)).toEqual(['authorize', 'token']);
    const authorize = entra.calls[0]!.params;
    expect(authorize).toMatchObject({ client_id: CLIENT_ID, redirect_uri: `${ORIGIN}/auth-redirect.html`, code_challenge_method: 'S256' });
    expect(authorize.scope?.split(' ')).toContain(SCOPE);
    // A public client: PKCE, never a secret.
    expect(entra.calls[1]!.params).toMatchObject({ grant_type: 'authorization_code' });
    expect(entra.calls[1]!.params.code_verifier).toBeTruthy();
    expect(entra.calls[1]!.params.client_secret).toBeUndefined();
    expect(violations).toEqual([]);
    await context.close();
  }, 90_000);

  it('nested app authentication: the token comes from the host’s bridge, with no sign-in traffic of our own', async () => {
    const entra = new FakeEntra(TENANT_ID, CLIENT_ID, ORIGIN);
    const { context, violations } = await contextWith(entra);
    // A stand-in for the NAA bridge that Teams and Office put on the window (MSAL's BridgeProxy protocol).
    await context.addInitScript(() => {
      const w = window as unknown as { nestedAppAuthBridge: unknown; __bridgeRequests: unknown[] };
      const listeners: ((data: string) => void)[] = [];
      const b64 = (o: unknown): string => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
      const account = { homeAccountId: 'oid.tid', environment: 'login.microsoftonline.com', tenantId: 'tid', username: 'careers.leader@school.example', localAccountId: 'oid' };
      w.__bridgeRequests = [];
      w.nestedAppAuthBridge = {
        addEventListener: (_type: string, listener: (data: string) => void) => listeners.push(listener),
        removeEventListener: () => undefined,
        postMessage: (raw: string) => {
          const request = JSON.parse(raw) as { method: string; requestId: string; tokenParams?: Record<string, unknown> };
          w.__bridgeRequests.push({ method: request.method, tokenParams: request.tokenParams });
          const now = Math.floor(Date.now() / 1000);
          const idToken = `${b64({ alg: 'none' })}.${b64({ aud: 'client', tid: 'tid', oid: 'oid', preferred_username: account.username, iat: now, exp: now + 3600 })}.`;
          const response =
            request.method === 'GetInitContext'
              ? { initContext: { sdkName: 'fake-host', sdkVersion: '1.0.0', capabilities: {} } }
              : { token: { access_token: 'NAA-HOST-TOKEN', expires_in: 3600, id_token: idToken, properties: null, scope: request.tokenParams?.scope }, account };
          setTimeout(() => listeners.forEach((l) => l(JSON.stringify({ messageType: 'NestedAppAuthResponse', requestId: request.requestId, success: true, ...response }))), 0);
        },
      };
    });
    const tab = await context.newPage();
    await tab.goto(`${ORIGIN}/probe.html?host=teams`);
    await tab.click('#go');
    await tab.waitForFunction(() => document.getElementById('root')?.getAttribute('data-result'), null, { timeout: 60_000 });
    const result = JSON.parse((await tab.getAttribute('#root', 'data-result'))!) as Record<string, unknown>;
    const requests = await tab.evaluate(() => (window as unknown as { __bridgeRequests: { method: string; tokenParams?: Record<string, unknown> }[] }).__bridgeRequests);

    expect(result).toMatchObject({ first: 'NAA-HOST-TOKEN', second: 'NAA-HOST-TOKEN', localEntries: 0 });
    expect(requests[0]?.method).toBe('GetInitContext');
    const tokenRequests = requests.filter((r) => r.method !== 'GetInitContext');
    expect(tokenRequests.length).toBeGreaterThanOrEqual(1);
    expect(tokenRequests[0]).toMatchObject({ method: 'GetToken', tokenParams: { clientId: CLIENT_ID } });
    expect(String(tokenRequests[0]!.tokenParams!.scope).split(' ')).toContain(SCOPE);
    expect(entra.calls).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  }, 90_000);

  it('Office dialog fallback: redirect flow through the bridge, token handed to the task pane', async () => {
    const entra = new FakeEntra(TENANT_ID, CLIENT_ID, ORIGIN, 'FAKE-DIALOG-TOKEN');
    const { context, violations } = await contextWith(entra);
    const dialog = await context.newPage();
    await dialog.goto(authDialogUrl(`${ORIGIN}/auth-dialog.html`, { scopes: [SCOPE], loginHint: 'careers.leader@school.example' }));
    await dialog.waitForFunction(() => (window as unknown as { __sentToParent?: unknown[] }).__sentToParent?.length, null, { timeout: 60_000 });
    const sent = await dialog.evaluate(() => (window as unknown as { __sentToParent: { message: string; options: unknown }[] }).__sentToParent);

    expect(sent).toHaveLength(1);
    expect(sent[0]!.options).toEqual({ targetOrigin: ORIGIN });
    const message = decodeAuthDialogMessage(sent[0]!.message);
    expect(message).toMatchObject({ kind: 'token', accessToken: 'FAKE-DIALOG-TOKEN' });
    expect(message.kind === 'token' && message.expiresOn > Date.now()).toBe(true);
    expect(entra.calls[0]!.params).toMatchObject({ login_hint: 'careers.leader@school.example', redirect_uri: `${ORIGIN}/auth-redirect.html` });
    expect(violations).toEqual([]);
    await context.close();
  }, 90_000);
});
