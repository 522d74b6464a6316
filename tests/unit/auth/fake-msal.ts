/**
 * A scripted stand-in for MSAL's public client: each method answers from a queue of outcomes the
 * test sets up, and every call is recorded. Errors are MSAL's own classes, so the provider sees
 * exactly what MSAL would throw.
 */
import type { Configuration } from '@azure/msal-browser';
import {
  type AccountInfo,
  type AuthenticationResult,
  BrowserAuthError,
  InteractionRequiredAuthError,
  type PopupRequest,
  type SilentRequest,
  type SsoSilentRequest,
} from '@azure/msal-browser';

import type { MsalClient, MsalFactory } from '../../../src/auth/msal-token-provider';

export const TOKEN_A = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJjYXJlZXJzLWxlYWRlciJ9.c2lnbmF0dXJlLUE';
export const TOKEN_B = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJzZW5jbyJ9.c2lnbmF0dXJlLUI';
export const TOKEN_DIALOG = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJkaWFsb2cifQ.c2lnbmF0dXJlLUQ';

export const ACCOUNT: AccountInfo = {
  homeAccountId: 'oid.tid',
  environment: 'login.microsoftonline.com',
  tenantId: 'tid',
  username: 'careers.leader@school.example',
  localAccountId: 'oid',
};

export function result(accessToken: string, account: AccountInfo | null = ACCOUNT): AuthenticationResult {
  return {
    authority: 'https://login.microsoftonline.com/tid',
    uniqueId: 'oid',
    tenantId: 'tid',
    scopes: ['https://graph.microsoft.com/Sites.Selected'],
    account,
    idToken: '',
    idTokenClaims: {},
    accessToken,
    fromCache: false,
    expiresOn: new Date(Date.now() + 3600_000),
    tokenType: 'Bearer',
    correlationId: 'c',
  } as AuthenticationResult;
}

export const interactionRequired = (): Error => new InteractionRequiredAuthError('interaction_required', 'correlation');
export const popupBlocked = (): Error => new BrowserAuthError('popup_window_error', 'correlation');
export const userCancelled = (): Error => new BrowserAuthError('user_cancelled', 'correlation');

type Outcome = AuthenticationResult | Error | (() => Promise<AuthenticationResult>);

export class FakeMsalClient implements MsalClient {
  readonly calls: { method: string; request?: unknown }[] = [];
  readonly silentOutcomes: Outcome[] = [];
  readonly ssoOutcomes: Outcome[] = [];
  readonly popupOutcomes: Outcome[] = [];
  accounts: AccountInfo[] = [];
  active: AccountInfo | null = null;

  private async answer(queue: Outcome[], method: string): Promise<AuthenticationResult> {
    const next = queue.shift();
    if (next === undefined) throw new Error(`FakeMsalClient: no scripted outcome left for ${method}`);
    if (next instanceof Error) throw next;
    if (typeof next === 'function') return next();
    return next;
  }

  acquireTokenSilent(request: SilentRequest): Promise<AuthenticationResult> {
    this.calls.push({ method: 'acquireTokenSilent', request });
    return this.answer(this.silentOutcomes, 'acquireTokenSilent');
  }

  ssoSilent(request: SsoSilentRequest): Promise<AuthenticationResult> {
    this.calls.push({ method: 'ssoSilent', request });
    return this.answer(this.ssoOutcomes, 'ssoSilent');
  }

  acquireTokenPopup(request: PopupRequest): Promise<AuthenticationResult> {
    this.calls.push({ method: 'acquireTokenPopup', request });
    return this.answer(this.popupOutcomes, 'acquireTokenPopup');
  }

  getActiveAccount(): AccountInfo | null {
    return this.active;
  }

  getAllAccounts(): AccountInfo[] {
    return this.accounts;
  }

  setActiveAccount(account: AccountInfo | null): void {
    this.calls.push({ method: 'setActiveAccount', request: account });
    this.active = account;
  }

  methods(): string[] {
    return this.calls.map((c) => c.method);
  }
}

/** Records which MSAL factory the provider chose and with what configuration. */
export class FakeMsalFactory implements MsalFactory {
  readonly created: { kind: 'nestable' | 'standard'; configuration: Configuration }[] = [];
  constructor(readonly client: FakeMsalClient = new FakeMsalClient()) {}

  nestable(configuration: Configuration): Promise<MsalClient> {
    this.created.push({ kind: 'nestable', configuration });
    return Promise.resolve(this.client);
  }

  standard(configuration: Configuration): Promise<MsalClient> {
    this.created.push({ kind: 'standard', configuration });
    return Promise.resolve(this.client);
  }
}
