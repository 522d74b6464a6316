/**
 * Just enough of Microsoft Entra ID's v2.0 endpoints for MSAL's authorization-code-with-PKCE
 * flow, served through Playwright's request interception: `authorize` redirects straight back
 * with a code (as for a user already signed in), `token` answers with an unsigned ID token that
 * echoes the request's nonce. Records what MSAL asked for.
 */
import type { Route } from 'playwright-core';

export const LOGIN = 'https://login.microsoftonline.com';

export interface FakeEntraCall {
  readonly endpoint: 'authorize' | 'token' | 'other';
  readonly params: Readonly<Record<string, string>>;
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export class FakeEntra {
  readonly calls: FakeEntraCall[] = [];
  private readonly nonces = new Map<string, string>();

  constructor(
    private readonly tenantId: string,
    private readonly clientId: string,
    private readonly allowedOrigin: string,
    readonly accessToken = 'FAKE-ACCESS-TOKEN',
  ) {}

  /** Handles a login.microsoftonline.com request; resolves false for anything else. */
  async handle(route: Route): Promise<boolean> {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin !== LOGIN) return false;
    const cors = { 'access-control-allow-origin': this.allowedOrigin, 'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET, POST, OPTIONS' };
    if (request.method() === 'OPTIONS') {
      await route.fulfill({ status: 204, headers: cors });
      return true;
    }
    if (url.pathname.endsWith('/oauth2/v2.0/authorize')) {
      const params = Object.fromEntries(url.searchParams);
      this.calls.push({ endpoint: 'authorize', params });
      const code = `code-${this.nonces.size + 1}`;
      this.nonces.set(code, params.nonce ?? '');
      const response = new URLSearchParams({ code, state: params.state ?? '', client_info: b64({ uid: 'oid', utid: this.tenantId }) });
      await route.fulfill({ status: 302, headers: { location: `${params.redirect_uri}#${response.toString()}` } });
      return true;
    }
    if (url.pathname.endsWith('/oauth2/v2.0/token')) {
      const params = Object.fromEntries(new URLSearchParams(request.postData() ?? ''));
      this.calls.push({ endpoint: 'token', params });
      const now = Math.floor(Date.now() / 1000);
      const idToken = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({
        aud: this.clientId,
        iss: `${LOGIN}/${this.tenantId}/v2.0`,
        tid: this.tenantId,
        oid: 'oid',
        sub: 'sub',
        nonce: this.nonces.get(params.code ?? '') ?? '',
        preferred_username: 'careers.leader@school.example',
        name: 'Careers Leader',
        iat: now,
        nbf: now,
        exp: now + 3600,
      })}.`;
      await route.fulfill({
        status: 200,
        headers: { ...cors, 'content-type': 'application/json' },
        body: JSON.stringify({
          token_type: 'Bearer',
          scope: `${params.scope ?? ''}`,
          expires_in: 3600,
          ext_expires_in: 3600,
          access_token: this.accessToken,
          refresh_token: 'FAKE-REFRESH-TOKEN',
          id_token: idToken,
          client_info: b64({ uid: 'oid', utid: this.tenantId }),
        }),
      });
      return true;
    }
    this.calls.push({ endpoint: 'other', params: { path: url.pathname } });
    await route.fulfill({ status: 404, headers: cors, body: 'not part of the fake' });
    return true;
  }
}
