/**
 * The one seam between Graph access and sign-in. The Graph client asks for a token per request
 * and never caches one itself, so the provider (MSAL/NAA in the hosts, a dev provider locally)
 * stays the single owner of token lifetime, refresh and interaction.
 */
export interface TokenProvider {
  /** Resolves to a bearer token for `scopes`; rejects if `signal` aborts first. Never logged. */
  getToken(scopes: readonly string[], signal?: AbortSignal): Promise<string>;
}
