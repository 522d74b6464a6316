import { describe, expect, it } from 'vitest';

import { authorityFor, buildMsalConfiguration, redactSecrets } from '../../../src/auth/auth-config';
import { decodeAuthDialogMessage, errorMessage, tokenMessage } from '../../../src/auth/auth-dialog-protocol';
import { AuthConfigurationError } from '../../../src/auth/auth-errors';
import {
  authDialogUrl,
  cleanLoginHint,
  normaliseScopes,
  parseAuthDialogParams,
  pickAccount,
  popupRequest,
  redirectRequest,
  scopesKey,
  silentRequest,
} from '../../../src/auth/token-request';
import { ACCOUNT, TOKEN_A } from './fake-msal';

describe('scopes', () => {
  it('needs at least one scope beyond openid, profile, email and offline_access', () => {
    for (const scopes of [[], ['openid'], ['openid', 'profile', 'email', 'offline_access'], ['OpenId']]) {
      expect(() => normaliseScopes(scopes)).toThrow(AuthConfigurationError);
    }
    expect(normaliseScopes(['openid', 'Sites.Selected'])).toEqual(['openid', 'Sites.Selected']);
  });

  it('trims, de-duplicates case-insensitively and keeps the first order', () => {
    expect(normaliseScopes([' Sites.Selected', 'User.Read', 'sites.selected'])).toEqual(['Sites.Selected', 'User.Read']);
  });

  it('rejects blank or spaced entries', () => {
    expect(() => normaliseScopes(['Sites.Selected', ' '])).toThrow(/is not a permission name/);
    expect(() => normaliseScopes(['Sites.Selected User.Read'])).toThrow(/is not a permission name/);
  });

  it('keys scope sets independently of order and case', () => {
    expect(scopesKey(['B', 'a'])).toBe(scopesKey(['A', 'b', 'a']));
  });
});

describe('login hint and account', () => {
  it('cleans the login hint', () => {
    expect(cleanLoginHint('  a@b.c ')).toBe('a@b.c');
    expect(cleanLoginHint('')).toBeUndefined();
    expect(cleanLoginHint('not a upn')).toBeUndefined();
    expect(cleanLoginHint(undefined)).toBeUndefined();
  });

  it('picks the active account, else the hinted one, else the only one, never a guess', () => {
    const other = { ...ACCOUNT, username: 'other@school.example', homeAccountId: 'other' };
    expect(pickAccount(ACCOUNT, [other], undefined)).toBe(ACCOUNT);
    expect(pickAccount(null, [other, ACCOUNT], 'CAREERS.LEADER@school.example')).toBe(ACCOUNT);
    expect(pickAccount(null, [other], undefined)).toBe(other);
    expect(pickAccount(null, [other, ACCOUNT], undefined)).toBeUndefined();
    expect(pickAccount(null, [], 'a@b.c')).toBeUndefined();
  });

  it('shapes requests', () => {
    expect(silentRequest(['S'], ACCOUNT)).toEqual({ scopes: ['S'], account: ACCOUNT });
    expect(silentRequest(['S'], undefined)).toEqual({ scopes: ['S'] });
    expect(popupRequest(['S'], 'a@b.c')).toEqual({ scopes: ['S'], loginHint: 'a@b.c' });
    expect(popupRequest(['S'], undefined)).toEqual({ scopes: ['S'] });
    expect(redirectRequest(['S'], undefined, 'https://x/auth-redirect.html')).toEqual({ scopes: ['S'], redirectUri: 'https://x/auth-redirect.html' });
  });
});

describe('auth dialog address', () => {
  it('round-trips scopes and login hint through the fragment only', () => {
    const url = authDialogUrl('https://w.example/auth-dialog.html', { scopes: ['https://graph.microsoft.com/Sites.Selected'], loginHint: 'a@b.c' });
    expect(new URL(url).search).toBe('');
    expect(parseAuthDialogParams(new URL(url).hash)).toEqual({ scopes: ['https://graph.microsoft.com/Sites.Selected'], loginHint: 'a@b.c' });
  });

  it('rejects a fragment without a usable request', () => {
    expect(parseAuthDialogParams('')).toBeUndefined();
    expect(parseAuthDialogParams('#scopes=openid')).toBeUndefined();
    expect(parseAuthDialogParams('#code=abc&state=xyz')).toBeUndefined();
  });
});

describe('auth dialog messages', () => {
  it('round-trips a token and an error', () => {
    expect(decodeAuthDialogMessage(tokenMessage('t', 5, ['S']))).toEqual({ v: 1, kind: 'token', accessToken: 't', expiresOn: 5, scopes: ['S'] });
    expect(decodeAuthDialogMessage(errorMessage('user_cancelled'))).toEqual({ v: 1, kind: 'error', code: 'user_cancelled' });
  });

  it('turns anything malformed into an error, and never passes free text through as a code', () => {
    expect(decodeAuthDialogMessage('not json')).toMatchObject({ kind: 'error', code: 'malformed_message' });
    expect(decodeAuthDialogMessage('{"v":2,"kind":"token"}')).toMatchObject({ kind: 'error', code: 'malformed_message' });
    expect(decodeAuthDialogMessage('{"v":1,"kind":"token","accessToken":""}')).toMatchObject({ kind: 'error' });
    expect(decodeAuthDialogMessage(errorMessage('User a@b.c is not allowed'))).toMatchObject({ code: 'unknown_error' });
  });
});

describe('MSAL configuration', () => {
  const config = {
    mode: 'tenant',
    clientId: '11111111-2222-3333-4444-555555555555',
    tenantId: 'organizations',
    origin: 'https://w.example',
    graphBaseUrl: 'https://graph.microsoft.com',
    scopes: ['https://graph.microsoft.com/Sites.Selected'],
  } as const;

  it('targets the tenant and the redirect bridge, with no PII logging and no localStorage', () => {
    const c = buildMsalConfiguration(config);
    expect(c.auth.authority).toBe('https://login.microsoftonline.com/organizations');
    expect(authorityFor('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee')).toBe('https://login.microsoftonline.com/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
    expect(c.auth.redirectUri).toBe('https://w.example/auth-redirect.html');
    expect(c.cache?.cacheLocation).toBe('sessionStorage');
    expect(c.system?.loggerOptions?.piiLoggingEnabled).toBe(false);
  });
});

describe('redactSecrets', () => {
  it('removes JWTs, bearer headers and OAuth parameters', () => {
    const text = `Authorization: Bearer abc.def-ghi ${TOKEN_A} #code=0.AAA&state=s access_token=xyz {"refreshToken":"r1"}`;
    const redacted = redactSecrets(text);
    expect(redacted).not.toMatch(/abc\.def-ghi|0\.AAA|xyz|r1|eyJ/);
    expect(redacted).toContain('state=s');
  });
});
