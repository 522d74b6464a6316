/**
 * The small static files the package step adds next to the built pages, and the response
 * headers for common static hosts. Nothing here is secret.
 */
import { contentSecurityPolicy } from './csp';

export interface HeaderRule {
  /** Path pattern ('/*' for every file). */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** The headers every page needs, plus no caching where freshness or secrecy matters. */
export function headerRules(csp: string): HeaderRule[] {
  return [
    {
      path: '/*',
      headers: {
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      },
    },
    // Re-read on every load, so a changed configuration takes effect at once.
    { path: '/config.json', headers: { 'Cache-Control': 'no-store' } },
    // MSAL's redirect bridge receives the sign-in response: never cache it (MSAL's guidance).
    { path: '/auth-redirect.html', headers: { 'Cache-Control': 'no-store' } },
  ];
}

/** Netlify and Cloudflare Pages read `_headers` from the site root. */
export function netlifyHeaders(rules: readonly HeaderRule[]): string {
  return `${rules.map((r) => [r.path, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n')}\n`;
}

/** Azure Static Web Apps reads `staticwebapp.config.json` from the site root. */
export function staticWebAppConfig(rules: readonly HeaderRule[]): string {
  const [global, ...routes] = rules;
  return `${JSON.stringify(
    {
      globalHeaders: global?.headers ?? {},
      routes: routes.map((r) => ({ route: r.path, headers: r.headers })),
    },
    null,
    2,
  )}\n`;
}

function xmlAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** IIS (and Azure App Service on Windows) read `web.config` from the site root. */
export function iisWebConfig(rules: readonly HeaderRule[]): string {
  const [global, ...routes] = rules;
  const headers = (h: Readonly<Record<string, string>>, indent: string): string =>
    Object.entries(h)
      .map(([k, v]) => `${indent}<add name="${xmlAttr(k)}" value="${xmlAttr(v)}" />`)
      .join('\n');
  const locations = routes
    .map(
      (r) => `  <location path="${xmlAttr(r.path.replace(/^\//, ''))}">
    <system.webServer>
      <httpProtocol>
        <customHeaders>
${headers(r.headers, '          ')}
        </customHeaders>
      </httpProtocol>
    </system.webServer>
  </location>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.webServer>
    <staticContent>
      <remove fileExtension=".json" />
      <mimeMap fileExtension=".json" mimeType="application/json" />
    </staticContent>
    <httpProtocol>
      <customHeaders>
${headers(global?.headers ?? {}, '        ')}
      </customHeaders>
    </httpProtocol>
  </system.webServer>
${locations}
</configuration>
`;
}

export function tenantHeaderCsp(graphBaseUrl: string, sharePointHost?: string): string {
  return contentSecurityPolicy({ target: 'tenant', graphBaseUrl, ...(sharePointHost ? { sharePointHost } : {}) });
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page the manifests' website, privacy and terms links point at by default. */
export function aboutPage(options: { readonly developerName: string }): string {
  const name = escapeHtml(options.developerName);
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Waypoint — about, privacy and terms</title>
    <style>
      body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #242424; }
      h1 { color: #135D66; }
    </style>
  </head>
  <body>
    <h1 id="about">Waypoint</h1>
    <p>Waypoint helps a careers leadership team plan, review and report on its careers programme: the provision map in Excel, the Careers Impact internal leadership review and the strategic careers plan in a Teams channel tab, and a read-only governors' report. It is provided to you by ${name}.</p>
    <h2 id="privacy">Privacy</h2>
    <ul>
      <li>Everything you enter is stored in lists on your team's own SharePoint site, in your organisation's Microsoft 365 tenant, under your organisation's existing retention and access rules.</li>
      <li>Waypoint has no server and no database of its own. These pages are static files; your browser talks directly to Microsoft Graph and Microsoft Entra ID.</li>
      <li>You sign in with your work or school account. Waypoint can only reach sites an administrator has granted it, and never more than you can reach yourself.</li>
      <li>Sign-in tokens stay in your browser's memory and session storage for the current session. Waypoint sets no cookies, uses no analytics and sends nothing to anyone else.</li>
    </ul>
    <h2 id="terms">Terms of use</h2>
    <p>Use Waypoint under your organisation's acceptable-use policy. Questions about Waypoint, or about the data your team keeps in it, go to ${name}.</p>
  </body>
</html>
`;
}
