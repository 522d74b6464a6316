import { LogLevel } from '@azure/msal-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { type AuthLogger, buildMsalConfiguration } from '../../../src/auth/auth-config';
import { errorMessage, tokenMessage } from '../../../src/auth/auth-dialog-protocol';
import { AuthConfigurationError, SignInError } from '../../../src/auth/auth-errors';
import type { AuthHost } from '../../../src/auth/auth-host';
import { createTokenProvider } from '../../../src/auth/create-token-provider';
import { getMsalTokenProvider, MsalTokenProvider, resetMsalForTests } from '../../../src/auth/msal-token-provider';
import type { TenantRuntimeConfig } from '../../../src/config/runtime-config';
import {
  ACCOUNT,
  FakeMsalClient,
  FakeMsalFactory,
  interactionRequired,
  popupBlocked,
  result,
  TOKEN_A,
  TOKEN_B,
  TOKEN_DIALOG,
  userCancelled,
} from './fake-msal';

const CONFIG: TenantRuntimeConfig = {
  mode: 'tenant',
  clientId: '11111111-2222-3333-4444-555555555555',
  tenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  origin: 'https://waypoint.school.example',
  graphBaseUrl: 'https://graph.microsoft.com',
  scopes: ['https://graph.microsoft.com/Sites.Selected'],
};
const SCOPES = CONFIG.scopes;
const UPN = 'careers.leader@school.example';

function host(kind: AuthHost['kind'], overrides: Partial<AuthHost> = {}): AuthHost {
  return {
    kind,
    loginHint: async () => (kind === 'browser' ? undefined : UPN),
    naaRecommended: () => kind !== 'browser',
    ...overrides,
  };
}

function recordingLogger(): AuthLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, warn: (m) => lines.push(m), error: (m) => lines.push(m), info: (m) => lines.push(m) };
}

function provider(kind: AuthHost['kind'], options: { host?: AuthHost; msal?: FakeMsalFactory; logger?: AuthLogger; now?: () => number } = {}) {
  const msal = options.msal ?? new FakeMsalFactory();
  const p = new MsalTokenProvider({ config: CONFIG, host: options.host ?? host(kind), msal, logger: options.logger ?? recordingLogger(), now: options.now });
  return { provider: p, msal, client: msal.client };
}

beforeEach(() => resetMsalForTests());

describe('NAA available (Teams, Excel)', () => {
  it('creates a nestable client and gets the token silently through the host, with no UI', async () => {
    const { provider: p, msal, client } = provider('teams', { host: host('teams', { loginHint: async () => undefined }) });
    client.silentOutcomes.push(result(TOKEN_A));
    await expect(p.getToken(SCOPES)).resolves.toBe(TOKEN_A);
    expect(msal.created.map((c) => c.kind)).toEqual(['nestable']);
    expect(client.methods()).toEqual(['acquireTokenSilent']);
    expect(client.calls[0]?.request).toEqual({ scopes: SCOPES });
  });

  it('uses ssoSilent with the host login hint when no account is cached (Excel on the web)', async () => {
    const { provider: p, client } = provider('excel');
    client.ssoOutcomes.push(result(TOKEN_A));
    await expect(p.getToken(SCOPES)).resolves.toBe(TOKEN_A);
    expect(client.calls).toEqual([{ method: 'ssoSilent', request: { scopes: SCOPES, loginHint: UPN } }]);
  });

  it('prefers the cached account that matches the login hint', async () => {
    const { provider: p, client } = provider('excel');
    client.accounts = [{ ...ACCOUNT, username: 'someone.else@school.example', homeAccountId: 'x' }, ACCOUNT];
    client.silentOutcomes.push(result(TOKEN_A));
    await p.getToken(SCOPES);
    expect(client.calls).toEqual([{ method: 'acquireTokenSilent', request: { scopes: SCOPES, account: ACCOUNT } }]);
  });

  it('configures MSAL for the tenant: authority, redirect bridge, sessionStorage, no PII logging', async () => {
    const { provider: p, msal, client } = provider('teams');
    client.ssoOutcomes.push(result(TOKEN_A));
    await p.getToken(SCOPES);
    const configuration = msal.created[0]!.configuration;
    expect(configuration.auth).toMatchObject({
      clientId: CONFIG.clientId,
      authority: `https://login.microsoftonline.com/${CONFIG.tenantId}`,
      redirectUri: 'https://waypoint.school.example/auth-redirect.html',
    });
    expect(configuration.cache?.cacheLocation).toBe('sessionStorage');
    expect(configuration.system?.loggerOptions?.piiLoggingEnabled).toBe(false);
  });
});

describe('NAA unavailable (plain browser)', () => {
  it('creates a standard client, signs in with a popup and remembers the account', async () => {
    const { provider: p, msal, client } = provider('browser');
    client.silentOutcomes.push(interactionRequired());
    client.popupOutcomes.push(result(TOKEN_A));
    await expect(p.getToken(SCOPES)).resolves.toBe(TOKEN_A);
    expect(msal.created.map((c) => c.kind)).toEqual(['standard']);
    expect(client.methods()).toEqual(['acquireTokenSilent', 'acquireTokenPopup', 'setActiveAccount']);

    client.silentOutcomes.push(result(TOKEN_B));
    await expect(p.getToken(SCOPES)).resolves.toBe(TOKEN_B);
    expect(client.calls.at(-1)).toEqual({ method: 'acquireTokenSilent', request: { scopes: SCOPES, account: ACCOUNT } });
  });

  it('treats MSAL "no account" as needing interaction', async () => {
    const { provider: p, client } = provider('browser');
    client.silentOutcomes.push(Object.assign(new Error('x'), { errorCode: 'no_account_error' }));
    client.popupOutcomes.push(result(TOKEN_A));
    await expect(p.getToken(SCOPES)).resolves.toBe(TOKEN_A);
  });
});

describe('silent failure → popup', () => {
  it('opens the popup with the login hint when silent sign-in needs interaction', async () => {
    const { provider: p, client } = provider('teams');
    client.ssoOutcomes.push(interactionRequired());
    client.popupOutcomes.push(result(TOKEN_A));
    await expect(p.getToken(SCOPES)).resolves.toBe(TOKEN_A);
    expect(client.calls).toEqual([
      { method: 'ssoSilent', request: { scopes: SCOPES, loginHint: UPN } },
      { method: 'acquireTokenPopup', request: { scopes: SCOPES, loginHint: UPN } },
    ]);
  });

  it('does not open a popup for a failure a person cannot fix', async () => {
    const logger = recordingLogger();
    const { provider: p, client } = provider('teams', { logger });
    client.ssoOutcomes.push(Object.assign(new Error('network down'), { errorCode: 'no_network_connectivity' }));
    const error = await p.getToken(SCOPES).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect(error).toMatchObject({ code: 'failed', detail: 'no_network_connectivity' });
    expect(client.methods()).toEqual(['ssoSilent']);
    expect(logger.lines.join('\n')).toMatch(/silent sign-in failed: no_network_connectivity/);
  });

  it('reports a closed popup as cancelled', async () => {
    const { provider: p, client } = provider('browser');
    client.silentOutcomes.push(interactionRequired());
    client.popupOutcomes.push(userCancelled());
    await expect(p.getToken(SCOPES)).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('popup blocked → Office dialog', () => {
  function excelWithDialog(answer: string | (() => Promise<string>)) {
    const openAuthDialog = vi.fn(async (_url: string) => (typeof answer === 'string' ? answer : answer()));
    return { openAuthDialog, host: host('excel', { openAuthDialog }) };
  }

  it('falls back to the dialog, passing scopes and login hint in the fragment, and reuses its token', async () => {
    let now = 1_000_000;
    const { openAuthDialog, host: h } = excelWithDialog(tokenMessage(TOKEN_DIALOG, 1_000_000 + 3600_000, SCOPES));
    const { provider: p, client } = provider('excel', { host: h, now: () => now });
    client.ssoOutcomes.push(interactionRequired());
    client.popupOutcomes.push(popupBlocked());

    await expect(p.getToken(SCOPES)).resolves.toBe(TOKEN_DIALOG);
    expect(openAuthDialog).toHaveBeenCalledTimes(1);
    const url = new URL(openAuthDialog.mock.calls[0]![0]);
    expect(url.origin + url.pathname).toBe('https://waypoint.school.example/auth-dialog.html');
    expect(url.search).toBe('');
    const fragment = new URLSearchParams(url.hash.slice(1));
    expect(fragment.get('scopes')).toBe('https://graph.microsoft.com/Sites.Selected');
    expect(fragment.get('login_hint')).toBe(UPN);

    // Reused from memory until five minutes before it expires.
    now += 50 * 60_000;
    await expect(p.getToken(SCOPES)).resolves.toBe(TOKEN_DIALOG);
    expect(openAuthDialog).toHaveBeenCalledTimes(1);
    expect(client.methods()).toEqual(['ssoSilent', 'acquireTokenPopup']);

    // Near expiry: silent again, and the dialog straight away (the popup is known to be blocked).
    now += 6 * 60_000;
    client.ssoOutcomes.push(interactionRequired());
    await expect(p.getToken(SCOPES)).resolves.toBe(TOKEN_DIALOG);
    expect(openAuthDialog).toHaveBeenCalledTimes(2);
    expect(client.methods()).toEqual(['ssoSilent', 'acquireTokenPopup', 'ssoSilent']);
  });

  it('goes straight to the dialog when the host has one but does not recommend NAA', async () => {
    const { openAuthDialog, host: h } = excelWithDialog(tokenMessage(TOKEN_DIALOG, Date.now() + 3600_000, SCOPES));
    const { provider: p, client } = provider('excel', { host: { ...h, naaRecommended: () => false } });
    client.ssoOutcomes.push(interactionRequired());
    await expect(p.getToken(SCOPES)).resolves.toBe(TOKEN_DIALOG);
    expect(client.methods()).toEqual(['ssoSilent']);
    expect(openAuthDialog).toHaveBeenCalledTimes(1);
  });

  it('reports a dialog the user closed as cancelled', async () => {
    const { host: h } = excelWithDialog(errorMessage('dialog_closed'));
    const { provider: p, client } = provider('excel', { host: h });
    client.ssoOutcomes.push(interactionRequired());
    client.popupOutcomes.push(popupBlocked());
    await expect(p.getToken(SCOPES)).rejects.toMatchObject({ code: 'cancelled', detail: 'dialog_closed' });
  });

  it('reports a sign-in error from the dialog by code only', async () => {
    const { host: h } = excelWithDialog(errorMessage('invalid_grant'));
    const { provider: p, client } = provider('excel', { host: h });
    client.ssoOutcomes.push(interactionRequired());
    client.popupOutcomes.push(popupBlocked());
    await expect(p.getToken(SCOPES)).rejects.toMatchObject({ code: 'failed', detail: 'invalid_grant' });
  });

  it('tells the user to allow pop-ups when there is no dialog to fall back to', async () => {
    const { provider: p, client } = provider('browser');
    client.silentOutcomes.push(interactionRequired());
    client.popupOutcomes.push(popupBlocked());
    await expect(p.getToken(SCOPES)).rejects.toMatchObject({ code: 'popup_blocked', message: expect.stringMatching(/Allow pop-ups/) });
  });
});

describe('missing configuration value', () => {
  it('names the missing client ID and never starts MSAL', () => {
    const msal = new FakeMsalFactory();
    const create = (): unknown =>
      new MsalTokenProvider({ config: { ...CONFIG, clientId: '' }, host: host('teams'), msal, logger: recordingLogger() });
    expect(create).toThrow(AuthConfigurationError);
    expect(create).toThrow(/clientId is missing \(the Application \(client\) ID from Entra ID\)/);
    expect(msal.created).toEqual([]);
  });

  it('names every malformed value', () => {
    const bad = { ...CONFIG, tenantId: 'contoso', origin: 'http://insecure.example', clientId: 'abc' };
    const error = (() => {
      try {
        getMsalTokenProvider({ config: bad, host: host('teams'), msal: new FakeMsalFactory() });
      } catch (e) {
        return e as AuthConfigurationError;
      }
      return undefined;
    })();
    expect(error?.problems).toEqual([
      'clientId "abc" is not a GUID',
      'tenantId "contoso" is neither a GUID nor "organizations"',
      'origin "http://insecure.example" is not an https origin',
    ]);
  });

  it('refuses local mode: that is the dev provider’s job', () => {
    expect(
      () => new MsalTokenProvider({ config: { mode: 'local', graphBaseUrl: 'http://localhost:4000', devUser: 'a@b.c', readOnly: false }, host: host('browser') }),
    ).toThrow(/mode must be "tenant"/);
  });

  it('rejects a request with only sign-in scopes', async () => {
    const { provider: p, msal } = provider('teams');
    await expect(p.getToken(['openid', 'profile'])).rejects.toThrow(/at least one Graph permission beyond openid/);
    expect(msal.created).toEqual([]);
  });
});

describe('in-flight de-duplication', () => {
  it('shares one flow between concurrent requests for the same scopes', async () => {
    const { provider: p, client } = provider('teams');
    let release!: (r: ReturnType<typeof result>) => void;
    client.ssoOutcomes.push(() => new Promise((resolve) => (release = resolve)));
    const first = p.getToken(SCOPES);
    const second = p.getToken([' https://graph.microsoft.com/sites.selected ']);
    await vi.waitFor(() => expect(client.calls).toHaveLength(1));
    release(result(TOKEN_A));
    await expect(Promise.all([first, second])).resolves.toEqual([TOKEN_A, TOKEN_A]);
    expect(client.methods()).toEqual(['ssoSilent']);
  });

  it('lets one caller abort without cancelling the others', async () => {
    const { provider: p, client } = provider('teams');
    let release!: (r: ReturnType<typeof result>) => void;
    client.ssoOutcomes.push(() => new Promise((resolve) => (release = resolve)));
    const controller = new AbortController();
    const aborted = p.getToken(SCOPES, controller.signal);
    const kept = p.getToken(SCOPES);
    await vi.waitFor(() => expect(client.calls).toHaveLength(1));
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    release(result(TOKEN_A));
    await expect(kept).resolves.toBe(TOKEN_A);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const { provider: p, msal } = provider('teams');
    const controller = new AbortController();
    controller.abort();
    await expect(p.getToken(SCOPES, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(msal.created).toEqual([]);
  });

  it('starts a fresh flow once the previous one settled', async () => {
    const { provider: p, client } = provider('teams');
    client.ssoOutcomes.push(result(TOKEN_A), result(TOKEN_B));
    await expect(p.getToken(SCOPES)).resolves.toBe(TOKEN_A);
    await expect(p.getToken(SCOPES)).resolves.toBe(TOKEN_B);
  });
});

describe('singletons', () => {
  it('creates one MSAL client per configuration and host kind for the whole page', async () => {
    const msal = new FakeMsalFactory();
    msal.client.ssoOutcomes.push(result(TOKEN_A), result(TOKEN_B));
    const a = new MsalTokenProvider({ config: CONFIG, host: host('teams'), msal, logger: recordingLogger() });
    const b = new MsalTokenProvider({ config: CONFIG, host: host('teams'), msal, logger: recordingLogger() });
    await a.getToken(SCOPES);
    await b.getToken(SCOPES);
    expect(msal.created).toHaveLength(1);
  });

  it('hands out one provider per configuration and host kind', () => {
    const h = host('teams');
    expect(getMsalTokenProvider({ config: CONFIG, host: h })).toBe(getMsalTokenProvider({ config: CONFIG, host: h }));
  });

  it('lets a later call retry when MSAL failed to start', async () => {
    const msal = new FakeMsalFactory();
    const failing = vi.spyOn(msal, 'nestable').mockRejectedValueOnce(Object.assign(new Error('boom'), { errorCode: 'invalid_authority' }));
    const p = new MsalTokenProvider({ config: CONFIG, host: host('teams'), msal, logger: recordingLogger() });
    await expect(p.getToken(SCOPES)).rejects.toMatchObject({ code: 'failed', detail: 'invalid_authority' });
    msal.client.ssoOutcomes.push(result(TOKEN_A));
    await expect(p.getToken(SCOPES)).resolves.toBe(TOKEN_A);
    expect(failing).toHaveBeenCalledTimes(2);
  });
});

describe('tokens stay out of logs and localStorage', () => {
  const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  let consoleSpies: ReturnType<typeof vi.spyOn>[] = [];
  const storageAccess: string[] = [];

  beforeEach(() => {
    consoleSpies = consoleMethods.map((m) => vi.spyOn(console, m).mockImplementation(() => undefined));
    storageAccess.length = 0;
    vi.stubGlobal(
      'localStorage',
      new Proxy({}, { get: (_t, key) => (storageAccess.push(String(key)), () => undefined) }),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  function everythingLogged(logger: { lines: string[] }): string {
    const fromConsole = consoleSpies.flatMap((spy) =>
      spy.mock.calls.flat().map((a: unknown) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))),
    );
    return [...logger.lines, ...fromConsole].join('\n');
  }

  it('never logs a token on any path, even when errors carry one', async () => {
    const logger = recordingLogger();
    const openAuthDialog = vi.fn(async () => tokenMessage(TOKEN_DIALOG, Date.now() + 3600_000, SCOPES));
    const { provider: p, client, msal } = provider('excel', { logger, host: host('excel', { openAuthDialog }) });

    client.ssoOutcomes.push(result(TOKEN_A));
    await p.getToken(SCOPES);

    client.ssoOutcomes.push(Object.assign(new Error(`server said access_token=${TOKEN_B}`), { errorCode: 'server_error', subError: `Bearer ${TOKEN_B}` }));
    await p.getToken(SCOPES).catch(() => undefined);

    client.ssoOutcomes.push(interactionRequired());
    client.popupOutcomes.push(popupBlocked());
    await p.getToken(SCOPES);

    // MSAL's own logger output goes through the same redaction, and PII lines are dropped.
    const callback = msal.created[0]!.configuration.system!.loggerOptions!.loggerCallback!;
    callback(LogLevel.Error, `token response {"access_token":"${TOKEN_A}"} ${TOKEN_B}`, false);
    callback(LogLevel.Warning, `user ${UPN} token ${TOKEN_A}`, true);

    const logged = everythingLogged(logger);
    expect(logged).toMatch(/silent sign-in failed: server_error \(Bearer \[redacted[a-z-]*\]\)/);
    expect(logged).toMatch(/msal: token response/);
    for (const token of [TOKEN_A, TOKEN_B, TOKEN_DIALOG]) expect(logged).not.toContain(token);
    expect(logged).not.toContain(UPN);
  });

  it('keeps no token in error messages', async () => {
    const { provider: p, client } = provider('teams');
    client.ssoOutcomes.push(Object.assign(new Error(`bad ${TOKEN_A}`), { errorCode: 'server_error' }));
    const error = (await p.getToken(SCOPES).catch((e: unknown) => e)) as Error;
    expect(`${error.message} ${JSON.stringify(error)}`).not.toContain(TOKEN_A);
  });

  it('never touches localStorage', async () => {
    const { provider: p, client } = provider('browser');
    client.silentOutcomes.push(interactionRequired());
    client.popupOutcomes.push(result(TOKEN_A));
    await p.getToken(SCOPES);
    expect(storageAccess).toEqual([]);
    expect(buildMsalConfiguration(CONFIG).cache?.cacheLocation).not.toBe('localStorage');
  });
});

describe('createTokenProvider', () => {
  it('uses the dev provider in local mode', async () => {
    const p = createTokenProvider({ mode: 'local', graphBaseUrl: 'http://localhost:4000', devUser: 'gov@school.example', readOnly: true }, host('browser'));
    await expect(p.getToken(SCOPES)).resolves.toBe('dev-readonly:gov@school.example');
  });

  it('uses MSAL in tenant mode', async () => {
    const msal = new FakeMsalFactory(new FakeMsalClient());
    msal.client.ssoOutcomes.push(result(TOKEN_A));
    const p = createTokenProvider(CONFIG, host('teams'), { msal, logger: recordingLogger() });
    expect(p).toBeInstanceOf(MsalTokenProvider);
    await expect(p.getToken(SCOPES)).resolves.toBe(TOKEN_A);
  });
});
