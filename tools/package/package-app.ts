/**
 * Builds everything a school's IT technician deploys, from the templates in manifest/ and the
 * committed icons in assets/:
 *
 *   <outDir>/waypoint.zip          app package: manifest.json + color.png + outline.png
 *   <outDir>/manifest.json         the same manifest, for reading
 *   <outDir>/excel-addin.xml       add-in-only manifest for Excel without unified-manifest support
 *   <outDir>/hosting/…             response headers (CSP) for common static hosts
 *   <outDir>/redirect-uris.txt     the SPA redirect URIs to register in Entra ID
 *   <outDir>/site-permission-grant.json   body of the Sites.Selected grant request
 *   <siteDir>/config.json          runtime configuration (mode "tenant") next to the pages
 *   <siteDir>/about.html, assets/icon-*.png   what the manifests link to
 *
 * A function first (tests call it with a temporary directory), wrapped by cli.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import JSZip from 'jszip';

import { AUTH_DIALOG_PATH, AUTH_REDIRECT_PATH } from '../../src/auth/auth-config';
import { isGuid, type TenantRuntimeConfig, validateRuntimeConfig } from '../../src/config/runtime-config';
import { OFFICE_JS_URL } from './csp';
import { readPngInfo } from './png';
import { aboutPage, headerRules, iisWebConfig, netlifyHeaders, staticWebAppConfig, tenantHeaderCsp } from './site-files';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The pages webpack builds (tenant build) and the two sign-in pages. */
export const PAGES = ['tab.html', 'config.html', 'taskpane.html', AUTH_DIALOG_PATH.slice(1), AUTH_REDIRECT_PATH.slice(1)] as const;
/** Pages that must load Office.js from Microsoft's CDN. */
export const OFFICE_PAGES = ['taskpane.html', AUTH_DIALOG_PATH.slice(1)] as const;

/** Icons in the app package, with the size Teams requires. */
export const PACKAGE_ICONS = [
  { file: 'color.png', size: 192 },
  { file: 'outline.png', size: 32 },
] as const;
/** Icons the add-in manifests load from the site. */
export const SITE_ICONS = [
  { file: 'icon-16.png', size: 16 },
  { file: 'icon-32.png', size: 32 },
  { file: 'icon-64.png', size: 64 },
  { file: 'icon-80.png', size: 80 },
] as const;

/** Fixed timestamp for zip entries, so the same inputs give the same package bytes. */
const ZIP_DATE = new Date('2025-01-01T00:00:00Z');

export interface PackageOptions {
  /** Where the pages are served, e.g. https://waypoint.school.example. */
  readonly origin: string;
  /** Application (client) ID of the Entra ID app registration. */
  readonly clientId: string;
  /** Directory (tenant) ID, or 'organizations' (default; a single-tenant registration needs the GUID). */
  readonly tenantId?: string;
  readonly scopes?: readonly string[];
  readonly graphBaseUrl?: string;
  /** The Teams app / add-in ID; by default derived from the client ID, so re-packaging keeps it. */
  readonly appId?: string;
  readonly developerName?: string;
  readonly websiteUrl?: string;
  readonly privacyUrl?: string;
  readonly termsUrl?: string;
  /** Narrows the frame-ancestors entry for SharePoint to the school's host, e.g. contoso.sharepoint.com. */
  readonly sharePointHost?: string;
  readonly version?: string;
  /** Where the deployable package files go (dist/package). */
  readonly outDir: string;
  /** Where the built pages are (dist): config.json, about.html and icons are written there. */
  readonly siteDir?: string;
  /** Repository root holding manifest/ and assets/ (defaults to this repository). */
  readonly rootDir?: string;
}

export interface PackageResult {
  readonly config: TenantRuntimeConfig;
  readonly appId: string;
  readonly manifest: Record<string, unknown>;
  readonly xml: string;
  readonly zipPath: string;
  readonly manifestPath: string;
  readonly xmlPath: string;
  readonly redirectUris: readonly string[];
  readonly csp: string;
  /** Every file written, absolute paths. */
  readonly written: readonly string[];
}

export class PackageOptionsError extends Error {
  override readonly name = 'PackageOptionsError';
  constructor(readonly problems: readonly string[]) {
    super(`Cannot build the package:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** A stable app ID for a client ID (name-based, UUID version 5 layout). */
export function deriveAppId(clientId: string): string {
  const hash = createHash('sha1').update(`waypoint-app:${clientId.toLowerCase()}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** `{{NAME}}` placeholders still present in a text. */
export function findPlaceholders(text: string): string[] {
  return [...new Set(text.match(/\{\{[A-Z0-9_]+\}\}/g) ?? [])];
}

function replaceAll(text: string, values: Readonly<Record<string, string>>, escape: (v: string) => string): string {
  return text.replace(/\{\{([A-Z0-9_]+)\}\}/g, (match, name: string) => (name in values ? escape(values[name]!) : match));
}

/** Substitutes string placeholders inside JSON values; an array item "{{SCOPES}}" becomes the scopes. */
function substituteJson(value: unknown, values: Readonly<Record<string, string>>, scopes: readonly string[]): unknown {
  if (typeof value === 'string') return replaceAll(value, values, (v) => v);
  if (Array.isArray(value)) return value.flatMap((item) => (item === '{{SCOPES}}' ? [...scopes] : [substituteJson(item, values, scopes)]));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteJson(v, values, scopes)]));
  }
  return value;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function httpsUrl(value: string | undefined, name: string, problems: string[]): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return url.href;
  } catch {
    // reported below
  }
  problems.push(`${name} "${value}" is not an https URL`);
  return undefined;
}

function readVersion(rootDir: string): string {
  const pkg = JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '1.0.0';
}

/** The SPA redirect URIs to register for `origin` (see docs/deployment.md). */
export function spaRedirectUris(origin: string): string[] {
  const host = new URL(origin).host;
  return [
    `brk-multihub://${host}`,
    `${origin}${AUTH_REDIRECT_PATH}`,
    `${origin}/taskpane.html`,
    `${origin}/tab.html`,
    `${origin}/config.html`,
  ];
}

/** The body of `POST /sites/{site-id}/permissions` that selects the team site for this app. */
export function siteGrantBody(clientId: string, role: 'read' | 'write' = 'write'): Record<string, unknown> {
  return { roles: [role], grantedToIdentities: [{ application: { id: clientId, displayName: 'Waypoint' } }] };
}

export function checkIcon(file: string, expectedSize: number): string | undefined {
  if (!existsSync(file)) return `${file} is missing`;
  try {
    const info = readPngInfo(readFileSync(file));
    if (info.width !== expectedSize || info.height !== expectedSize) return `${file} is ${info.width}×${info.height}, expected ${expectedSize}×${expectedSize}`;
  } catch (error) {
    return `${file}: ${error instanceof Error ? error.message : String(error)}`;
  }
  return undefined;
}

/** Problems with the built pages in `siteDir` (missing pages, Office.js not loaded). */
export function inspectSite(siteDir: string): string[] {
  const problems: string[] = [];
  for (const page of PAGES) {
    if (!existsSync(join(siteDir, page))) problems.push(`${page} is missing from ${siteDir}; build with the auth-dialog and auth-redirect entries`);
  }
  for (const page of OFFICE_PAGES) {
    const file = join(siteDir, page);
    if (existsSync(file) && !readFileSync(file, 'utf8').includes(OFFICE_JS_URL)) {
      problems.push(`${page} does not load Office.js from ${OFFICE_JS_URL}; build with --env target=tenant`);
    }
  }
  for (const page of PAGES) {
    const file = join(siteDir, page);
    if (existsSync(file) && !/http-equiv=["']?Content-Security-Policy/i.test(readFileSync(file, 'utf8'))) {
      problems.push(`${page} has no Content-Security-Policy meta tag; build with the updated webpack.config.js`);
    }
  }
  // A tenant build ships no source maps: nothing on the school's host needs them (webpack.config.js).
  const maps = existsSync(siteDir) ? readdirSync(siteDir).filter((name) => name.endsWith('.map')) : [];
  if (maps.length > 0) problems.push(`${maps.length} source maps (${maps[0]}…) in ${siteDir}; build with --env target=tenant`);
  return problems;
}

export async function buildPackage(options: PackageOptions): Promise<PackageResult> {
  const rootDir = options.rootDir ?? REPO_ROOT;
  const problems: string[] = [];

  const checked = validateRuntimeConfig({
    mode: 'tenant',
    clientId: options.clientId,
    tenantId: options.tenantId ?? 'organizations',
    origin: options.origin,
    ...(options.graphBaseUrl !== undefined ? { graphBaseUrl: options.graphBaseUrl } : {}),
    ...(options.scopes !== undefined ? { scopes: options.scopes } : {}),
  });
  if (!checked.ok) problems.push(...checked.problems);

  const appId = (options.appId ?? (options.clientId && isGuid(options.clientId) ? deriveAppId(options.clientId) : '')).toLowerCase();
  if (options.appId !== undefined && !isGuid(options.appId)) problems.push(`appId "${options.appId}" is not a GUID`);

  const developerName = (options.developerName ?? 'Waypoint').trim();
  if (!developerName || developerName.length > 32) problems.push('developerName must be 1–32 characters (the Teams manifest limit)');
  if (options.sharePointHost !== undefined && !/^[a-z0-9-]+\.sharepoint\.(com|us|cn|de)$/i.test(options.sharePointHost)) {
    problems.push(`sharePointHost "${options.sharePointHost}" should look like contoso.sharepoint.com`);
  }
  const websiteUrl = httpsUrl(options.websiteUrl, 'websiteUrl', problems);
  const privacyUrl = httpsUrl(options.privacyUrl, 'privacyUrl', problems);
  const termsUrl = httpsUrl(options.termsUrl, 'termsUrl', problems);

  const version = options.version ?? readVersion(rootDir);
  const semver = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version);
  if (!semver) problems.push(`version "${version}" is not semantic (e.g. 1.0.0)`);

  for (const icon of [...PACKAGE_ICONS, ...SITE_ICONS]) {
    const problem = checkIcon(join(rootDir, 'assets', icon.file), icon.size);
    if (problem) problems.push(problem);
  }

  if (problems.length > 0 || !checked.ok) throw new PackageOptionsError(problems);
  const config = checked.config as TenantRuntimeConfig;
  const origin = config.origin;

  const values: Record<string, string> = {
    ORIGIN: origin,
    HOST: new URL(origin).host,
    CLIENT_ID: config.clientId,
    APP_ID: appId,
    VERSION: `${semver![1]}.${semver![2]}.${semver![3]}`,
    XML_VERSION: `${semver![1]}.${semver![2]}.${semver![3]}.0`,
    DEVELOPER_NAME: developerName,
    WEBSITE_URL: websiteUrl ?? `${origin}/about.html`,
    PRIVACY_URL: privacyUrl ?? `${origin}/about.html#privacy`,
    TERMS_URL: termsUrl ?? `${origin}/about.html#terms`,
  };

  const manifestTemplate = JSON.parse(readFileSync(join(rootDir, 'manifest', 'manifest.json'), 'utf8')) as unknown;
  const manifest = substituteJson(manifestTemplate, values, config.scopes) as Record<string, unknown>;
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const xml = replaceAll(readFileSync(join(rootDir, 'manifest', 'excel-addin.xml'), 'utf8'), values, escapeXml);
  const leftovers = [...findPlaceholders(manifestText), ...findPlaceholders(xml)];
  if (leftovers.length > 0) throw new PackageOptionsError([`placeholders left unfilled: ${[...new Set(leftovers)].join(', ')}`]);

  const written: string[] = [];
  const write = (file: string, data: string | Buffer): void => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
    written.push(file);
  };

  const outDir = resolve(options.outDir);
  const manifestPath = join(outDir, 'manifest.json');
  const xmlPath = join(outDir, 'excel-addin.xml');
  const zipPath = join(outDir, 'waypoint.zip');
  write(manifestPath, manifestText);
  write(xmlPath, xml);

  const zip = new JSZip();
  zip.file('manifest.json', manifestText, { date: ZIP_DATE });
  for (const icon of PACKAGE_ICONS) zip.file(icon.file, readFileSync(join(rootDir, 'assets', icon.file)), { date: ZIP_DATE });
  write(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' }));

  const csp = tenantHeaderCsp(config.graphBaseUrl, options.sharePointHost);
  const rules = headerRules(csp);
  write(join(outDir, 'hosting', 'content-security-policy.txt'), `${csp}\n`);
  write(join(outDir, 'hosting', '_headers'), netlifyHeaders(rules));
  write(join(outDir, 'hosting', 'staticwebapp.config.json'), staticWebAppConfig(rules));
  write(join(outDir, 'hosting', 'web.config'), iisWebConfig(rules));

  const redirectUris = spaRedirectUris(origin);
  write(join(outDir, 'redirect-uris.txt'), `${redirectUris.join('\n')}\n`);
  write(join(outDir, 'site-permission-grant.json'), `${JSON.stringify(siteGrantBody(config.clientId), null, 2)}\n`);

  if (options.siteDir) {
    const siteDir = resolve(options.siteDir);
    const runtimeConfig = {
      mode: 'tenant',
      clientId: config.clientId,
      tenantId: config.tenantId,
      origin: config.origin,
      graphBaseUrl: config.graphBaseUrl,
      scopes: config.scopes,
    };
    write(join(siteDir, 'config.json'), `${JSON.stringify(runtimeConfig, null, 2)}\n`);
    if (!websiteUrl || !privacyUrl || !termsUrl) write(join(siteDir, 'about.html'), aboutPage({ developerName }));
    for (const icon of SITE_ICONS) write(join(siteDir, 'assets', icon.file), readFileSync(join(rootDir, 'assets', icon.file)));
  }

  return { config, appId, manifest, xml, zipPath, manifestPath, xmlPath, redirectUris, csp, written };
}
