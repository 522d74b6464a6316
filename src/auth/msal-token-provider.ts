/**
 * The tenant-mode TokenProvider: every Graph token comes through `getToken(scopes)`.
 *
 * The ladder, in order:
 *   1. MSAL client: `createNestablePublicClientApplication` in Teams and Excel (nested app
 *      authentication through the host; MSAL itself falls back to a standard client when the
 *      host offers no bridge), a standard `PublicClientApplication` in a plain browser.
 *   2. Silent: `acquireTokenSilent` with the cached account, else `ssoSilent` with the host's
 *      login hint (what Excel on the web needs), else `acquireTokenSilent` without an account
 *      (under NAA the host brokers it).
 *   3. Interactive, only when silent says interaction is needed: `acquireTokenPopup`.
 *   4. The host's auth dialog (Office `displayDialogAsync`, a top-level window) when the popup
 *      is blocked, or straight away when the host has a dialog but does not recommend NAA (an
 *      older Office or Teams, where an iframe popup cannot report back).
 *
 * Concurrent requests for the same scopes share one flow. The MSAL client is a module-level
 * singleton (one per client ID, authority and host kind). Tokens are returned, never logged,
 * rendered or written anywhere but MSAL's sessionStorage cache (and, for dialog tokens, this
 * object's memory).
 */
import {
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type IPublicClientApplication,
} from '@azure/msal-browser';

import type { RuntimeConfig, TenantRuntimeConfig } from '../config/runtime-config';
import { isGuid } from '../config/runtime-config';
import { authDialogPageFor, type AuthLogger, buildMsalConfiguration, consoleAuthLogger, redactSecrets } from './auth-config';
import { decodeAuthDialogMessage, DIALOG_CLOSED, DIALOG_UNAVAILABLE } from './auth-dialog-protocol';
import { AuthConfigurationError, SignInError } from './auth-errors';
import type { AuthHost } from './auth-host';
import type { TokenProvider } from './token-provider';
import {
  authDialogUrl,
  cleanLoginHint,
  normaliseScopes,
  pickAccount,
  popupRequest,
  scopesKey,
  silentRequest,
  ssoSilentRequest,
} from './token-request';

/** The part of MSAL's client this provider uses (so tests can fake exactly this). */
export type MsalClient = Pick<
  IPublicClientApplication,
  'acquireTokenSilent' | 'ssoSilent' | 'acquireTokenPopup' | 'getActiveAccount' | 'getAllAccounts' | 'setActiveAccount'
>;

/** How MSAL clients are made; injected in tests, MSAL's own factories otherwise. */
export interface MsalFactory {
  nestable(configuration: Configuration): Promise<MsalClient>;
  standard(configuration: Configuration): Promise<MsalClient>;
}

export const msalBrowserFactory: MsalFactory = {
  nestable: (configuration) => createNestablePublicClientApplication(configuration),
  standard: (configuration) => createStandardPublicClientApplication(configuration),
};

export interface MsalTokenProviderOptions {
  readonly config: RuntimeConfig;
  readonly host: AuthHost;
  readonly msal?: MsalFactory;
  readonly logger?: AuthLogger;
  readonly now?: () => number;
}

/** Dialog tokens are reused until this close to expiry. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/** MSAL error codes that mean "a person has to do something", beyond InteractionRequiredAuthError. */
const NEEDS_INTERACTION = new Set([
  'interaction_required',
  'login_required',
  'consent_required',
  'no_account_error',
  'no_tokens_found',
  'native_account_unavailable',
  'bad_token',
  'refresh_token_expired',
  'timed_out',
  'monitor_window_timeout',
  'iframe_closed_prematurely',
  'redirect_bridge_empty_response',
]);

/** The popup could not open (blocked) or cannot be used here: fall back to the host's dialog. */
const POPUP_UNUSABLE = new Set(['popup_window_error', 'empty_window_error', 'block_nested_popups', 'popup_relay_unsupported_flow']);

const CANCELLED = new Set(['user_cancelled', DIALOG_CLOSED, 'access_denied']);

// One MSAL client per configuration for the lifetime of the page.
const clients = new Map<string, Promise<MsalClient>>();

/** Forgets the module-level MSAL clients and providers. For tests only. */
export function resetMsalForTests(): void {
  clients.clear();
  providers.clear();
}

function errorCodeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'errorCode' in error) {
    const code = (error as { errorCode: unknown }).errorCode;
    return typeof code === 'string' && code ? code : undefined;
  }
  return undefined;
}

function subErrorOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'subError' in error) {
    const code = (error as { subError: unknown }).subError;
    return typeof code === 'string' && code ? code : undefined;
  }
  return undefined;
}

function needsInteraction(error: unknown): boolean {
  if (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'InteractionRequiredAuthError') return true;
  const code = errorCodeOf(error);
  return code !== undefined && NEEDS_INTERACTION.has(code);
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Resolves or rejects with `promise`, or rejects as soon as `signal` aborts (the shared work goes on). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Checks the values sign-in cannot work without, whatever the caller passed in. */
function requireTenantConfig(config: RuntimeConfig | undefined): TenantRuntimeConfig {
  if (!config || config.mode !== 'tenant') {
    throw new AuthConfigurationError([
      `mode must be "tenant" for Microsoft 365 sign-in (it is ${config ? JSON.stringify(config.mode) : 'missing'}); local mode uses the dev token provider`,
    ]);
  }
  const problems: string[] = [];
  if (!config.clientId) problems.push('clientId is missing (the Application (client) ID from Entra ID)');
  else if (!isGuid(config.clientId)) problems.push(`clientId "${config.clientId}" is not a GUID`);
  if (!config.tenantId) problems.push('tenantId is missing (the Directory (tenant) ID, or "organizations")');
  else if (config.tenantId !== 'organizations' && !isGuid(config.tenantId)) {
    problems.push(`tenantId "${config.tenantId}" is neither a GUID nor "organizations"`);
  }
  if (!config.origin) problems.push('origin is missing (the https address the pages are served from)');
  else if (!/^https:\/\/[^/]+$/.test(config.origin)) problems.push(`origin "${config.origin}" is not an https origin`);
  if (!config.scopes || config.scopes.length === 0) problems.push('scopes is missing');
  if (problems.length > 0) throw new AuthConfigurationError(problems);
  return config;
}

interface DialogToken {
  readonly accessToken: string;
  readonly expiresOn: number;
}

export class MsalTokenProvider implements TokenProvider {
  private readonly config: TenantRuntimeConfig;
  private readonly host: AuthHost;
  private readonly msal: MsalFactory;
  private readonly logger: AuthLogger;
  private readonly now: () => number;
  private readonly inFlight = new Map<string, Promise<string>>();
  private readonly dialogTokens = new Map<string, DialogToken>();
  /** Set once a popup was blocked: later interactive sign-ins go straight to the dialog. */
  private preferDialog = false;

  constructor(options: MsalTokenProviderOptions) {
    this.config = requireTenantConfig(options.config);
    this.host = options.host;
    this.msal = options.msal ?? msalBrowserFactory;
    this.logger = options.logger ?? consoleAuthLogger;
    this.now = options.now ?? Date.now;
  }

  getToken(scopes: readonly string[], signal?: AbortSignal): Promise<string> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    let wanted: string[];
    try {
      wanted = normaliseScopes(scopes);
    } catch (error) {
      return Promise.reject(error);
    }
    const key = scopesKey(wanted);

    const cached = this.dialogTokens.get(key);
    if (cached && cached.expiresOn - EXPIRY_MARGIN_MS > this.now()) return Promise.resolve(cached.accessToken);

    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.acquire(wanted, key).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return untilAborted(pending, signal);
  }

  private usesNestedClient(): boolean {
    return this.host.kind !== 'browser';
  }

  private client(): Promise<MsalClient> {
    const nested = this.usesNestedClient();
    const id = `${this.config.clientId}|${this.config.tenantId}|${this.config.origin}|${nested ? 'nestable' : 'standard'}`;
    let client = clients.get(id);
    if (!client) {
      const configuration = buildMsalConfiguration(this.config, { logger: this.logger });
      client = (nested ? this.msal.nestable(configuration) : this.msal.standard(configuration)).catch((error: unknown) => {
        clients.delete(id); // let a later call try again
        throw this.failure('MSAL could not start', error);
      });
      clients.set(id, client);
    }
    return client;
  }

  private async loginHint(): Promise<string | undefined> {
    try {
      return cleanLoginHint(await this.host.loginHint());
    } catch {
      return undefined;
    }
  }

  private async acquire(scopes: string[], key: string): Promise<string> {
    const client = await this.client();
    const loginHint = await this.loginHint();

    try {
      return tokenOf(await this.silent(client, scopes, loginHint));
    } catch (error) {
      if (error instanceof SignInError) throw error;
      if (!needsInteraction(error)) throw this.failure('silent sign-in failed', error);
      this.note(`silent sign-in needs interaction (${errorCodeOf(error) ?? 'interaction_required'})`);
    }

    const dialogFirst =
      this.host.openAuthDialog !== undefined && (this.preferDialog || (this.host.kind !== 'browser' && !this.host.naaRecommended()));
    if (dialogFirst) return this.viaDialog(scopes, key, loginHint);

    try {
      const result = await client.acquireTokenPopup(popupRequest(scopes, loginHint));
      this.remember(client, result);
      return tokenOf(result);
    } catch (error) {
      const code = errorCodeOf(error);
      if (code !== undefined && POPUP_UNUSABLE.has(code)) {
        if (this.host.openAuthDialog) {
          this.preferDialog = true;
          this.note(`popup unusable (${code}); using the host's sign-in dialog`);
          return this.viaDialog(scopes, key, loginHint);
        }
        throw new SignInError(
          'popup_blocked',
          'The sign-in window was blocked. Allow pop-ups for this site and try again.',
          code,
        );
      }
      throw this.failure('interactive sign-in failed', error);
    }
  }

  private async silent(client: MsalClient, scopes: string[], loginHint: string | undefined): Promise<AuthenticationResult> {
    const account = pickAccount(client.getActiveAccount(), client.getAllAccounts(), loginHint);
    if (account) return client.acquireTokenSilent(silentRequest(scopes, account));
    if (loginHint) return client.ssoSilent(ssoSilentRequest(scopes, loginHint));
    return client.acquireTokenSilent(silentRequest(scopes, undefined));
  }

  private async viaDialog(scopes: string[], key: string, loginHint: string | undefined): Promise<string> {
    const open = this.host.openAuthDialog;
    if (!open) throw new SignInError('not_supported', 'This host offers no sign-in dialog.');
    const url = authDialogUrl(authDialogPageFor(this.config.origin), loginHint ? { scopes, loginHint } : { scopes });
    let raw: string;
    try {
      raw = await open.call(this.host, url);
    } catch {
      raw = JSON.stringify({ v: 1, kind: 'error', code: DIALOG_UNAVAILABLE });
    }
    const message = decodeAuthDialogMessage(raw);
    if (message.kind === 'error') {
      this.note(`sign-in dialog ended with ${message.code}`);
      if (CANCELLED.has(message.code)) throw new SignInError('cancelled', 'Sign-in was cancelled.', message.code);
      if (message.code === DIALOG_UNAVAILABLE) {
        throw new SignInError('not_supported', 'The sign-in dialog could not be opened here.', message.code);
      }
      throw new SignInError('failed', 'Sign-in did not complete. Try again, or ask your IT team.', message.code);
    }
    this.dialogTokens.set(key, { accessToken: message.accessToken, expiresOn: message.expiresOn });
    return message.accessToken;
  }

  /** A standard client keeps the account it signed in with; under NAA the host owns that. */
  private remember(client: MsalClient, result: AuthenticationResult): void {
    if (this.usesNestedClient() || !result.account) return;
    try {
      client.setActiveAccount(result.account as AccountInfo);
    } catch {
      // Nested clients refuse setActiveAccount; nothing to remember then.
    }
  }

  private failure(what: string, error: unknown): SignInError {
    if (error instanceof SignInError) return error;
    const code = errorCodeOf(error);
    const sub = subErrorOf(error);
    this.logger.error(redactSecrets(`${what}: ${code ?? (error instanceof Error ? error.name : 'unknown')}${sub ? ` (${sub})` : ''}`));
    if (code !== undefined && CANCELLED.has(code)) return new SignInError('cancelled', 'Sign-in was cancelled.', code);
    if (code === 'consent_required' || sub === 'consent_required') {
      return new SignInError('consent_required', 'Waypoint needs permission that an administrator must grant.', code);
    }
    return new SignInError('failed', 'Sign-in did not complete. Try again, or ask your IT team.', code);
  }

  private note(message: string): void {
    this.logger.info?.(redactSecrets(message));
  }
}

function tokenOf(result: AuthenticationResult | null | undefined): string {
  const token = result?.accessToken;
  if (!token) throw new SignInError('failed', 'Sign-in returned no access token.', 'empty_response');
  return token;
}

const providers = new Map<string, MsalTokenProvider>();

/**
 * The page's one provider for this configuration and host kind (so its de-duplication and dialog
 * token cache are shared by everything on the page).
 */
export function getMsalTokenProvider(options: MsalTokenProviderOptions): MsalTokenProvider {
  const config = requireTenantConfig(options.config);
  const id = `${config.clientId}|${config.tenantId}|${config.origin}|${options.host.kind}`;
  let provider = providers.get(id);
  if (!provider) {
    provider = new MsalTokenProvider(options);
    providers.set(id, provider);
  }
  return provider;
}
