import type { TokenProvider } from './token-provider';

/**
 * Tokens for the local Graph-compatible server only: it trusts `dev:<upn>` (may edit) and
 * `dev-readonly:<upn>` (reads only; every write answers 403). Nothing here signs anything, so
 * this provider must never be wired to https://graph.microsoft.com.
 */
export interface DevTokenOptions {
  readonly upn: string;
  /** True to act as a member who can view but not change the team's site. */
  readonly readOnly?: boolean;
}

export function createDevTokenProvider(options: DevTokenOptions): TokenProvider {
  const upn = options.upn.trim();
  // A colon or white space would make the token ambiguous to the server's parser.
  if (!upn || /[\s:]/.test(upn)) throw new Error(`Not a usable user principal name: "${options.upn}"`);
  const token = `${options.readOnly ? 'dev-readonly' : 'dev'}:${upn}`;
  return {
    getToken(_scopes, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      return Promise.resolve(token);
    },
  };
}
