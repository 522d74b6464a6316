import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

import type { TokenProvider } from '../../auth/token-provider';
import { abortReason, requestHeaders, requestSignal, requestUrl } from './context';

/**
 * Attaches `Authorization: Bearer …` to requests for the origins we trust, and strips it from
 * any other (a nextLink must never carry our token elsewhere).
 *
 * Why not the SDK's AuthenticationHandler with `customHosts`: its host check only recognises
 * `https://` URLs, so against the local Graph server (`http://127.0.0.1:…`) it silently sends no
 * token. Matching on the configured origin works for both.
 */
export class AuthenticationMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly tokenProvider: TokenProvider,
    private readonly scopes: readonly string[],
    private readonly trustedOrigins: ReadonlySet<string>,
  ) {}

  async execute(context: Context): Promise<void> {
    const headers = requestHeaders(context);
    if (this.trustedOrigins.has(originOf(requestUrl(context)))) {
      const signal = requestSignal(context);
      if (signal?.aborted) throw abortReason(signal);
      const token = await this.tokenProvider.getToken(this.scopes, signal);
      headers.set('Authorization', `Bearer ${token}`);
    } else {
      headers.delete('Authorization');
    }
    if (!this.next) throw new Error('AuthenticationMiddleware has no next middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export function originOf(url: string): string {
  try {
    return new URL(url).origin.toLowerCase();
  } catch {
    return '';
  }
}
