/**
 * Pure request shaping for MSAL: which scopes, which account or login hint. No MSAL calls, no
 * host calls, nothing stateful, so every rule here is unit-tested on its own.
 */
import type { AccountInfo, PopupRequest, RedirectRequest, SilentRequest, SsoSilentRequest } from '@azure/msal-browser';

import { SIGN_IN_ONLY_SCOPES } from '../config/runtime-config';
import { AuthConfigurationError } from './auth-errors';

/**
 * Trims and de-duplicates scopes (case-insensitively, first spelling and order kept: the manifest's
 * NAA prefetch must list them in the same order) and insists on at least one scope beyond the
 * sign-in-only ones, without which NAA token requests can fail.
 */
export function normaliseScopes(scopes: readonly string[]): string[] {
  const result: string[] = [];
  for (const raw of scopes) {
    const scope = typeof raw === 'string' ? raw.trim() : '';
    if (!scope || /\s/.test(scope)) {
      throw new AuthConfigurationError([`scopes: ${JSON.stringify(raw)} is not a permission name`]);
    }
    if (!result.some((s) => s.toLowerCase() === scope.toLowerCase())) result.push(scope);
  }
  const signInOnly = new Set(SIGN_IN_ONLY_SCOPES);
  if (!result.some((s) => !signInOnly.has(s.toLowerCase()))) {
    throw new AuthConfigurationError([
      'scopes: at least one Graph permission beyond openid, profile, email and offline_access is needed',
    ]);
  }
  return result;
}

/** A stable key for a set of scopes: used to share in-flight requests and cached dialog tokens. */
export function scopesKey(scopes: readonly string[]): string {
  return [...new Set(scopes.map((s) => s.trim().toLowerCase()))].sort().join(' ');
}

/** A login hint worth sending: a trimmed, non-empty user principal name without white space. */
export function cleanLoginHint(hint: string | null | undefined): string | undefined {
  const value = hint?.trim();
  return value && !/\s/.test(value) ? value : undefined;
}

/**
 * The cached account that belongs to this user: the active one, else the one whose user name is
 * the login hint, else the only one. Never guesses between several accounts.
 */
export function pickAccount(
  active: AccountInfo | null,
  all: readonly AccountInfo[],
  loginHint: string | undefined,
): AccountInfo | undefined {
  if (active) return active;
  if (loginHint) {
    const match = all.find((a) => a.username.toLowerCase() === loginHint.toLowerCase());
    if (match) return match;
  }
  return all.length === 1 ? all[0] : undefined;
}

export function silentRequest(scopes: readonly string[], account: AccountInfo | undefined): SilentRequest {
  return account ? { scopes: [...scopes], account } : { scopes: [...scopes] };
}

export function ssoSilentRequest(scopes: readonly string[], loginHint: string): SsoSilentRequest {
  return { scopes: [...scopes], loginHint };
}

export function popupRequest(scopes: readonly string[], loginHint: string | undefined): PopupRequest {
  return loginHint ? { scopes: [...scopes], loginHint } : { scopes: [...scopes] };
}

export function redirectRequest(scopes: readonly string[], loginHint: string | undefined, redirectUri: string): RedirectRequest {
  return loginHint ? { scopes: [...scopes], loginHint, redirectUri } : { scopes: [...scopes], redirectUri };
}

export interface AuthDialogParams {
  readonly scopes: readonly string[];
  readonly loginHint?: string;
}

/**
 * The Office dialog page's address. Scopes and login hint travel in the fragment, which the
 * browser never sends to the web server, so the hint does not end up in its access log.
 */
export function authDialogUrl(pageUrl: string, params: AuthDialogParams): string {
  const query = new URLSearchParams({ scopes: params.scopes.join(' ') });
  if (params.loginHint) query.set('login_hint', params.loginHint);
  return `${pageUrl.split('#')[0]}#${query.toString()}`;
}

/** Reads what `authDialogUrl` wrote; undefined when the fragment does not carry a valid request. */
export function parseAuthDialogParams(hash: string): AuthDialogParams | undefined {
  const query = new URLSearchParams(hash.replace(/^#/, ''));
  const scopes = (query.get('scopes') ?? '').split(' ').filter(Boolean);
  if (scopes.length === 0) return undefined;
  try {
    const normalised = normaliseScopes(scopes);
    const loginHint = cleanLoginHint(query.get('login_hint'));
    return loginHint ? { scopes: normalised, loginHint } : { scopes: normalised };
  } catch {
    return undefined;
  }
}
