// @ts-check
/**
 * Content-Security-Policy for every Waypoint page. Plain JavaScript (with types in csp.d.ts) so
 * that webpack.config.js, the package step and the tests share one definition.
 *
 * - `meta: true` gives the policy for a <meta http-equiv> tag: everything except
 *   `frame-ancestors`, which browsers ignore in a meta tag. The HTTP header (written by the
 *   package step for common static hosts) carries the full policy.
 * - `target: 'tenant'` allows Office.js from Microsoft's CDN, Microsoft Graph, Entra ID and
 *   teams-js's list of valid domains; `target: 'local'` allows only our own origin and the local
 *   Graph server (with no internet, teams-js falls back to its bundled list at once).
 */

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
export const LOGIN_ORIGIN = 'https://login.microsoftonline.com';
export const DEFAULT_GRAPH_ORIGIN = 'https://graph.microsoft.com';
/**
 * teams-js (2.58, src/internal/constants.ts `validOriginsCdnEndpoint`) fetches the list of hosts it may talk
 * to from here when it loads; if the fetch fails or takes over 1.5 s it uses the copy bundled with it.
 * Allowed as this one URL, not the whole CDN (docs/decisions.md).
 */
export const TEAMS_VALID_DOMAINS_URL = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';

/**
 * Who may frame the pages, each with where that comes from. Sign-in's hidden iframe and the
 * redirect bridge run inside our own frames, so the same list applies to every page.
 * @type {ReadonlyArray<{ source: string; host: string; why: string }>}
 */
export const FRAME_ANCESTORS = [
  { source: "'self'", host: 'Waypoint itself', why: 'MSAL silent sign-in loads the redirect bridge in an iframe of our own page' },
  { source: 'https://teams.microsoft.com', host: 'Teams (web, desktop)', why: 'Teams tab requirements: CSP frame-ancestors table (learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements)' },
  { source: 'https://*.teams.microsoft.com', host: 'Teams', why: 'Teams tab requirements, same table' },
  { source: 'https://*.cloud.microsoft', host: 'Teams, Outlook, Microsoft 365 and Excel on their new domain', why: 'Teams tab requirements: "All hosts (New) *.cloud.microsoft"; Office add-ins: excel.cloud.microsoft (OfficeDev/office-js-docs-pr issue 4911)' },
  { source: 'https://*.microsoft365.com', host: 'Microsoft 365 app', why: 'Teams tab requirements, same table' },
  { source: 'https://*.office.com', host: 'Microsoft 365 app, Outlook, Office on the web', why: 'Teams tab requirements, same table' },
  { source: 'https://outlook.office.com', host: 'Outlook on the web', why: 'Teams tab requirements, same table' },
  { source: 'https://outlook.office365.com', host: 'Outlook on the web', why: 'Teams tab requirements, same table' },
  { source: 'https://*.officeapps.live.com', host: 'Excel on the web (add-in frame host)', why: 'OfficeDev/office-js issue 3342 (frame-ancestors for Office on the web add-ins)' },
  { source: 'https://*.sharepoint.com', host: 'Excel on the web, workbook opened from SharePoint or OneDrive', why: 'OfficeDev/office-js-docs-pr issue 4911 (Excel on the web needed *.sharepoint.com)' },
];

/**
 * @param {{ target: 'local' | 'tenant'; meta?: boolean; graphBaseUrl?: string; sharePointHost?: string }} options
 * @returns {string}
 */
export function contentSecurityPolicy(options) {
  const graph = options.graphBaseUrl ? new URL(options.graphBaseUrl).origin : options.target === 'tenant' ? DEFAULT_GRAPH_ORIGIN : 'http://localhost:4000';
  /** @type {Array<[string, string[]]>} */
  const directives =
    options.target === 'tenant'
      ? [
          ['default-src', ["'self'"]],
          ['script-src', ["'self'", OFFICE_JS_ORIGIN]],
          // Fluent UI v9 (Griffel) and Office.js for Excel on the web insert <style> at run time.
          ['style-src', ["'self'", "'unsafe-inline'"]],
          ['img-src', ["'self'", 'data:']],
          ['font-src', ["'self'"]],
          ['connect-src', unique(["'self'", graph, LOGIN_ORIGIN, TEAMS_VALID_DOMAINS_URL])],
          ['frame-src', ["'self'", LOGIN_ORIGIN]],
          ['object-src', ["'none'"]],
          ['base-uri', ["'self'"]],
          ['form-action', ["'self'"]],
        ]
      : [
          ['default-src', ["'self'"]],
          ['script-src', ["'self'"]],
          ['style-src', ["'self'", "'unsafe-inline'"]],
          ['img-src', ["'self'", 'data:']],
          ['font-src', ["'self'"]],
          // ws: for the local Fluid service (tinylicious), which the meeting's Live Share reaches by WebSocket.
          ['connect-src', unique(["'self'", graph, 'http://localhost:*', 'http://127.0.0.1:*', 'ws://localhost:*', 'ws://127.0.0.1:*'])],
          ['object-src', ["'none'"]],
          ['base-uri', ["'self'"]],
          ['form-action', ["'self'"]],
        ];
  if (!options.meta) {
    const ancestors = FRAME_ANCESTORS.map((a) => a.source).map((s) =>
      s === 'https://*.sharepoint.com' && options.sharePointHost ? `https://${options.sharePointHost}` : s,
    );
    directives.push(['frame-ancestors', ancestors]);
  }
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/**
 * @param {string[]} values
 * @returns {string[]}
 */
function unique(values) {
  return [...new Set(values)];
}
