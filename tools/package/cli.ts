/**
 * `npm run package -- --origin https://waypoint.school.example --client-id <guid> --tenant-id <guid>`
 *
 * Builds the production pages for a tenant (webpack, `--env target=tenant`), then writes the app
 * package, the add-in manifests, config.json and the hosting headers (see package-app.ts), and
 * validates the manifests offline. Every option can also come from an environment variable:
 * WAYPOINT_ORIGIN, WAYPOINT_CLIENT_ID, WAYPOINT_TENANT_ID, WAYPOINT_APP_ID, WAYPOINT_SCOPES
 * (space-separated), WAYPOINT_GRAPH_BASE_URL, WAYPOINT_DEVELOPER_NAME, WAYPOINT_WEBSITE_URL,
 * WAYPOINT_PRIVACY_URL, WAYPOINT_TERMS_URL, WAYPOINT_SHAREPOINT_HOST.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { buildPackage, inspectSite, type PackageOptions, PackageOptionsError, REPO_ROOT, siteGrantBody } from './package-app';
import { scanBundles } from './secret-scan';
import { validateAppManifest } from './validate';
import { checkXmlManifest } from './xml-manifest';

const require = createRequire(import.meta.url);

const OPTIONS = {
  origin: { type: 'string', env: 'WAYPOINT_ORIGIN' },
  'client-id': { type: 'string', env: 'WAYPOINT_CLIENT_ID' },
  'tenant-id': { type: 'string', env: 'WAYPOINT_TENANT_ID' },
  'app-id': { type: 'string', env: 'WAYPOINT_APP_ID' },
  scopes: { type: 'string', env: 'WAYPOINT_SCOPES' },
  'graph-base-url': { type: 'string', env: 'WAYPOINT_GRAPH_BASE_URL' },
  'developer-name': { type: 'string', env: 'WAYPOINT_DEVELOPER_NAME' },
  'website-url': { type: 'string', env: 'WAYPOINT_WEBSITE_URL' },
  'privacy-url': { type: 'string', env: 'WAYPOINT_PRIVACY_URL' },
  'terms-url': { type: 'string', env: 'WAYPOINT_TERMS_URL' },
  'sharepoint-host': { type: 'string', env: 'WAYPOINT_SHAREPOINT_HOST' },
  out: { type: 'string', env: 'WAYPOINT_PACKAGE_DIR' },
  site: { type: 'string', env: 'WAYPOINT_SITE_DIR' },
} as const;

const USAGE = `Usage: npm run package -- --origin https://<host> --client-id <guid> [--tenant-id <guid>] [options]

  --origin <https origin>      where the pages are served (required)
  --client-id <guid>           Application (client) ID of the Entra ID app registration (required)
  --tenant-id <guid>           Directory (tenant) ID (recommended; default "organizations")
  --scopes "<scope> …"         delegated Graph scopes (default https://graph.microsoft.com/Sites.Selected)
  --graph-base-url <url>       Microsoft Graph (default https://graph.microsoft.com)
  --app-id <guid>              Teams app / add-in ID (default: derived from the client ID)
  --developer-name <text>      shown as the publisher (default "Waypoint"; at most 32 characters)
  --website-url, --privacy-url, --terms-url <https url>   (default: about.html on the origin)
  --sharepoint-host <host>     e.g. contoso.sharepoint.com, to narrow frame-ancestors
  --out <dir>                  package output (default <site>/package)
  --site <dir>                 where the built pages are (default dist); implies --no-build
  --no-build                   reuse the pages already built
Each option may also be set by an environment variable, e.g. WAYPOINT_ORIGIN, WAYPOINT_CLIENT_ID.`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      ...Object.fromEntries(Object.entries(OPTIONS).map(([name, o]) => [name, { type: o.type }])),
      'no-build': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const get = (name: keyof typeof OPTIONS): string | undefined => {
    const value = (values as Record<string, unknown>)[name] ?? process.env[OPTIONS[name].env];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };

  const origin = get('origin');
  const clientId = get('client-id');
  if (!origin || !clientId) fail(`--origin and --client-id are required.\n\n${USAGE}`);

  const siteDir = resolve(get('site') ?? join(REPO_ROOT, 'dist'));
  const outDir = resolve(get('out') ?? join(siteDir, 'package'));
  const graphBaseUrl = get('graph-base-url');

  if (!values['no-build'] && !get('site')) {
    console.log('Building the production pages for a tenant (webpack --env target=tenant)…');
    const env = ['--env', 'target=tenant', ...(graphBaseUrl ? ['--env', `graphBaseUrl=${graphBaseUrl}`] : [])];
    execFileSync(process.execPath, [require.resolve('webpack/bin/webpack.js'), '--mode', 'production', ...env], { cwd: REPO_ROOT, stdio: 'inherit' });
  }

  const scopes = get('scopes')?.split(/[\s,]+/).filter(Boolean);
  const tenantId = get('tenant-id');
  const options: PackageOptions = {
    origin,
    clientId,
    outDir,
    siteDir,
    ...(tenantId ? { tenantId } : {}),
    ...(scopes ? { scopes } : {}),
    ...(graphBaseUrl ? { graphBaseUrl } : {}),
    ...(get('app-id') ? { appId: get('app-id')! } : {}),
    ...(get('developer-name') ? { developerName: get('developer-name')! } : {}),
    ...(get('website-url') ? { websiteUrl: get('website-url')! } : {}),
    ...(get('privacy-url') ? { privacyUrl: get('privacy-url')! } : {}),
    ...(get('terms-url') ? { termsUrl: get('terms-url')! } : {}),
    ...(get('sharepoint-host') ? { sharePointHost: get('sharepoint-host')! } : {}),
  };

  let result;
  try {
    result = await buildPackage(options);
  } catch (error) {
    if (error instanceof PackageOptionsError) fail(error.message);
    throw error;
  }

  const show = (file: string): string => relative(process.cwd(), file) || file;
  const manifestProblems = await validateAppManifest(result.manifest);
  const xmlProblems = checkXmlManifest(result.xml);
  const siteProblems = inspectSite(siteDir);
  const secretProblems = scanBundles(siteDir).map((f) => `${show(f.file)}: ${f.kind} (${f.excerpt})`);

  console.log(`
Waypoint package for ${result.config.origin}
  app package (Teams admin centre / Integrated apps): ${show(result.zipPath)}
  add-in-only manifest (older Excel):                 ${show(result.xmlPath)}
  pages to upload to ${result.config.origin}:  everything in ${show(siteDir)} except package/
  response headers for your static host:              ${show(join(outDir, 'hosting'))}/
  app ID: ${result.appId}   client ID: ${result.config.clientId}   tenant: ${result.config.tenantId}

Register these SPA redirect URIs in Entra ID (Authentication → Single-page application):
${result.redirectUris.map((u) => `  ${u}`).join('\n')}

Site access (Sites.Selected), POST https://graph.microsoft.com/v1.0/sites/{site-id}/permissions with:
  ${JSON.stringify(siteGrantBody(result.config.clientId))}
`);
  if (result.config.tenantId === 'organizations') {
    console.warn('Note: no --tenant-id given. A single-tenant app registration needs its Directory (tenant) ID; sign-in fails with AADSTS50194 otherwise.');
  }

  const report = (title: string, problems: readonly string[]): boolean => {
    if (problems.length === 0) {
      console.log(`✔ ${title}`);
      return true;
    }
    console.error(`✖ ${title}:\n${problems.map((p) => `    ${p}`).join('\n')}`);
    return false;
  };
  const ok = [
    report('manifest.json is valid against the bundled schema (offline)', manifestProblems),
    report('excel-addin.xml is well-formed, in schema order, HTTPS only', xmlProblems),
    report('production pages present, with Office.js and a CSP, no source maps', siteProblems),
    report('no token, client secret or key in the pages and scripts', secretProblems),
  ].every(Boolean);
  if (!ok) process.exit(1);
}

await main();
