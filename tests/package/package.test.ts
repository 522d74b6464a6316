import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { parseRuntimeConfig } from '../../src/config/runtime-config';
import { contentSecurityPolicy, FRAME_ANCESTORS, OFFICE_JS_URL } from '../../tools/package/csp';
import {
  buildPackage,
  deriveAppId,
  findPlaceholders,
  inspectSite,
  PAGES,
  type PackageResult,
  PackageOptionsError,
  REPO_ROOT,
} from '../../tools/package/package-app';
import { decodePng, readPngInfo, type RgbaImage } from '../../tools/package/png';
import { bundledSchemaPath, validateAppManifest } from '../../tools/package/validate';
import { checkXmlManifest, parseXml, TASK_PANE_APP_SEQUENCE } from '../../tools/package/xml-manifest';

const ORIGIN = 'https://waypoint.test-school.example';
const CLIENT_ID = '0f1e2d3c-4b5a-4697-8877-665544332211';
const TENANT_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

let dir: string;
let result: PackageResult;
let zip: JSZip;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'waypoint-package-'));
  result = await buildPackage({
    origin: ORIGIN,
    clientId: CLIENT_ID,
    tenantId: TENANT_ID,
    developerName: "St Mary's & St John's",
    outDir: join(dir, 'package'),
    siteDir: join(dir, 'site'),
  });
  zip = await JSZip.loadAsync(readFileSync(result.zipPath));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function zipBytes(name: string): Promise<Buffer> {
  const entry = zip.file(name);
  if (!entry) throw new Error(`${name} is not in the zip`);
  return entry.async('nodebuffer');
}

async function zipManifest(): Promise<Record<string, unknown>> {
  return JSON.parse((await zipBytes('manifest.json')).toString('utf8')) as Record<string, unknown>;
}

/** Every string value in a JSON document, with its path. */
function strings(value: unknown, path = '$'): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe('the app package (waypoint.zip)', () => {
  it('holds exactly the manifest and the two icons, the manifest identical to manifest.json', async () => {
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect((await zipBytes('manifest.json')).toString('utf8')).toBe(readFileSync(result.manifestPath, 'utf8'));
  });

  it('is reproducible: the same inputs give the same bytes', async () => {
    const again = await buildPackage({ origin: ORIGIN, clientId: CLIENT_ID, tenantId: TENANT_ID, developerName: "St Mary's & St John's", outDir: join(dir, 'again') });
    expect(readFileSync(again.zipPath).equals(readFileSync(result.zipPath))).toBe(true);
  });

  it('validates OFFLINE against the schema bundled in @microsoft/app-manifest, touching no network', async () => {
    const manifest = await zipManifest();
    expect(manifest.manifestVersion).toBe('1.27');
    expect(readFileSync(bundledSchemaPath('1.27'), 'utf8')).toContain('"manifestVersion"');

    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(() => {
      throw new Error('network access attempted');
    });
    const connectSpy = vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(() => {
      throw new Error('network access attempted');
    });
    try {
      expect(await validateAppManifest(manifest)).toEqual([]);
      // The library's own lookup (by $schema URL) also resolves to its bundled copy.
      expect(await AppManifestUtils.validateAgainstSchema(manifest as never)).toEqual([]);
      // And the validation is real: a broken manifest fails.
      const broken = { ...manifest, developer: undefined, accentColor: 'teal' };
      const errors = await validateAppManifest(JSON.parse(JSON.stringify(broken)) as Record<string, unknown>);
      expect(errors.join('\n')).toMatch(/developer/);
      expect(errors.join('\n')).toMatch(/accentColor/);
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(connectSpy).not.toHaveBeenCalled();

      // Control: a schema the library does not bundle would be fetched, and the spy sees that.
      const unbundled = { ...manifest, $schema: 'https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json' };
      await expect(AppManifestUtils.validateAgainstSchema(unbundled as never)).rejects.toThrow(/network access attempted/);
      expect(fetchSpy).toHaveBeenCalledTimes(1);
    } finally {
      fetchSpy.mockRestore();
      connectSpy.mockRestore();
    }
  });

  it('has a configurable tab for teams and group chats, with the requested contexts', async () => {
    const manifest = await zipManifest();
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: `${ORIGIN}/config.html`,
        scopes: ['team', 'groupChat'],
        context: ['channelTab', 'privateChatTab', 'meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage'],
      }),
    ]);
    expect(manifest.webApplicationInfo).toEqual({
      id: CLIENT_ID,
      resource: ORIGIN,
      nestedAppAuthInfo: [{ redirectUri: 'brk-multihub://waypoint.test-school.example', scopes: ['https://graph.microsoft.com/Sites.Selected'] }],
    });
    expect(manifest.validDomains).toEqual(['waypoint.test-school.example']);
    expect(manifest.id).toBe(deriveAppId(CLIENT_ID));
  });

  it('declares the Excel task pane extension with its ribbon button and document permission', async () => {
    const manifest = (await zipManifest()) as { extensions: Record<string, unknown>[]; authorization: unknown };
    const extension = manifest.extensions[0]!;
    expect(extension.requirements).toMatchObject({ scopes: ['workbook'] });
    expect(extension.runtimes).toEqual([expect.objectContaining({ code: { page: `${ORIGIN}/taskpane.html` }, actions: [expect.objectContaining({ type: 'openPage' })] })]);
    const sizes = strings(extension.ribbons).filter((s) => s.path.endsWith('.url')).map((s) => s.value.replace(/^.*icon-(\d+)\.png$/, '$1'));
    expect(new Set(sizes)).toEqual(new Set(['16', '32', '80']));
    expect(manifest.authorization).toEqual({ permissions: { resourceSpecific: [{ name: 'Document.ReadWrite.User', type: 'Delegated' }] } });
  });

  it('points every URL at the given origin, except Microsoft’s own', async () => {
    const manifest = await zipManifest();
    const urls = strings(manifest).filter((s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s.value));
    expect(urls.length).toBeGreaterThan(10);
    for (const { path, value } of urls) {
      const ours = value.startsWith(`${ORIGIN}/`) || value === ORIGIN || value === 'brk-multihub://waypoint.test-school.example';
      const host = new URL(value).hostname;
      // Microsoft's own: the schema address, and Graph permission names (scopes are URIs).
      const microsoft = (host === 'developer.microsoft.com' && path === '$.$schema') || (host === 'graph.microsoft.com' && /\.scopes\[\d+\]$/.test(path));
      expect(ours || microsoft, `${path} = ${value}`).toBe(true);
    }
  });

  it('leaves no placeholder behind (and the templates do have them)', async () => {
    expect(findPlaceholders(readFileSync(join(REPO_ROOT, 'manifest/manifest.json'), 'utf8'))).toEqual(
      expect.arrayContaining(['{{ORIGIN}}', '{{CLIENT_ID}}', '{{APP_ID}}', '{{HOST}}', '{{SCOPES}}']),
    );
    expect(findPlaceholders(readFileSync(join(REPO_ROOT, 'manifest/excel-addin.xml'), 'utf8'))).toEqual(expect.arrayContaining(['{{ORIGIN}}', '{{APP_ID}}']));
    expect(findPlaceholders((await zipBytes('manifest.json')).toString('utf8'))).toEqual([]);
    expect(findPlaceholders(result.xml)).toEqual([]);
    for (const file of result.written) {
      if (/\.(json|xml|txt|html|config)$|_headers$/.test(file)) expect(findPlaceholders(readFileSync(file, 'utf8')), file).toEqual([]);
    }
  });
});

describe('icons', () => {
  const isOpaque = (image: RgbaImage): boolean => image.pixels.every((v, i) => i % 4 !== 3 || v === 255);

  it('color.png is a full-bleed 192×192 with the mark inside the central 120×120 safe area', async () => {
    const png = await zipBytes('color.png');
    expect(readPngInfo(png)).toMatchObject({ width: 192, height: 192 });
    const image = decodePng(png);
    expect(isOpaque(image)).toBe(true);
    const background = Array.from(image.pixels.subarray(0, 4));
    let markPixels = 0;
    for (let y = 0; y < 192; y++) {
      for (let x = 0; x < 192; x++) {
        const o = (y * 192 + x) * 4;
        const same = [0, 1, 2].every((c) => Math.abs(image.pixels[o + c]! - background[c]!) <= 2);
        if (same) continue;
        markPixels++;
        expect(x >= 36 && x < 156 && y >= 36 && y < 156, `mark pixel at ${x},${y}`).toBe(true);
      }
    }
    expect(markPixels).toBeGreaterThan(1500);
    // A brand colour, not a placeholder grey.
    const [r, g, b] = background as [number, number, number];
    expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeGreaterThan(40);
  });

  it('outline.png is 32×32, transparent, and every visible pixel is white', async () => {
    const png = await zipBytes('outline.png');
    expect(readPngInfo(png)).toMatchObject({ width: 32, height: 32, colorType: 6 });
    const image = decodePng(png);
    let visible = 0;
    let transparent = 0;
    for (let i = 0; i < image.pixels.length; i += 4) {
      const alpha = image.pixels[i + 3]!;
      if (alpha === 0) {
        transparent++;
        continue;
      }
      visible++;
      expect([image.pixels[i], image.pixels[i + 1], image.pixels[i + 2]], `pixel ${i / 4}`).toEqual([255, 255, 255]);
    }
    expect(visible).toBeGreaterThan(80);
    expect(transparent).toBeGreaterThan(32 * 32 / 2);
    for (const corner of [0, 31, 32 * 31, 32 * 32 - 1]) expect(image.pixels[corner * 4 + 3]).toBe(0);
  });

  it('the add-in icons have their sizes and are served from the site', () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(join(dir, 'site', 'assets', `icon-${size}.png`));
      expect(readPngInfo(png)).toMatchObject({ width: size, height: size });
      expect(png.equals(readFileSync(join(REPO_ROOT, 'assets', `icon-${size}.png`)))).toBe(true);
    }
  });

  it('every PNG has an SVG source committed next to it', () => {
    for (const svg of ['waypoint-color.svg', 'waypoint-outline.svg', 'waypoint-tile.svg', 'waypoint-tile-16.svg']) {
      expect(readFileSync(join(REPO_ROOT, 'assets', svg), 'utf8')).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    }
  });
});

describe('the add-in-only manifest (excel-addin.xml)', () => {
  it('is well-formed and passes the schema-order, host, permission, icon and HTTPS checks', () => {
    expect(checkXmlManifest(result.xml)).toEqual([]);
  });

  it('has the required TaskPaneApp elements, in schema order', () => {
    const root = parseXml(result.xml);
    expect(root.attributes['xsi:type']).toBe('TaskPaneApp');
    const names = root.children.map((c) => c.name);
    expect(names).toEqual(['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides']);
    const order = TASK_PANE_APP_SEQUENCE.map((s) => s.name);
    expect(names.map((n) => order.indexOf(n))).toEqual([...names.map((n) => order.indexOf(n))].sort((a, b) => a - b));
    expect(root.children.find((c) => c.name === 'Id')?.text).toBe(result.appId);
    expect(root.children.find((c) => c.name === 'ProviderName')?.text).toBe("St Mary's & St John's");
  });

  it('points every URL at the given origin', () => {
    const urls = [...result.xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url === ORIGIN || url.startsWith(`${ORIGIN}/`), url).toBe(true);
  });

  it('catches an element out of order, a missing one, and broken XML', () => {
    const swapped = result.xml.replace(/(<ProviderName>[^<]*<\/ProviderName>)\s*(<DefaultLocale>[^<]*<\/DefaultLocale>)/, '$2$1');
    expect(checkXmlManifest(swapped).join('\n')).toMatch(/out of order|missing/);
    expect(checkXmlManifest(result.xml.replace(/<Permissions>.*<\/Permissions>/, '')).join('\n')).toMatch(/<Permissions> is missing/);
    expect(checkXmlManifest(result.xml.replace('</Hosts>', '</Host>'))[0]).toMatch(/not well-formed/);
    expect(checkXmlManifest(result.xml.replace(`${ORIGIN}/assets/icon-80.png`, 'http://insecure.example/icon.png')).join('\n')).toMatch(/must be an HTTPS URL/);
    expect(checkXmlManifest(result.xml.replaceAll('<bt:Image size="80" resid="Icon.80x80"/>', '')).join('\n')).toMatch(/80×80 icon is required/);
  });
});

describe('site files', () => {
  it('writes config.json in tenant mode with the given values', () => {
    const config = parseRuntimeConfig(JSON.parse(readFileSync(join(dir, 'site', 'config.json'), 'utf8')));
    expect(config).toEqual({
      mode: 'tenant',
      clientId: CLIENT_ID,
      tenantId: TENANT_ID,
      origin: ORIGIN,
      graphBaseUrl: 'https://graph.microsoft.com',
      scopes: ['https://graph.microsoft.com/Sites.Selected'],
    });
  });

  it('lists the SPA redirect URIs, including the broker and the task pane page', () => {
    expect(readFileSync(join(dir, 'package', 'redirect-uris.txt'), 'utf8').trim().split('\n')).toEqual([
      'brk-multihub://waypoint.test-school.example',
      `${ORIGIN}/auth-redirect.html`,
      `${ORIGIN}/taskpane.html`,
      `${ORIGIN}/tab.html`,
      `${ORIGIN}/config.html`,
    ]);
  });

  it('writes the Sites.Selected grant body for this client', () => {
    expect(JSON.parse(readFileSync(join(dir, 'package', 'site-permission-grant.json'), 'utf8'))).toEqual({
      roles: ['write'],
      grantedToIdentities: [{ application: { id: CLIENT_ID, displayName: 'Waypoint' } }],
    });
  });

  it('writes response headers with the full CSP for common static hosts', () => {
    const headers = readFileSync(join(dir, 'package', 'hosting', '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${result.csp}`);
    expect(headers).toMatch(/\/auth-redirect\.html\n {2}Cache-Control: no-store/);
    const swa = JSON.parse(readFileSync(join(dir, 'package', 'hosting', 'staticwebapp.config.json'), 'utf8')) as { globalHeaders: Record<string, string> };
    expect(swa.globalHeaders['Content-Security-Policy']).toBe(result.csp);
    expect(checkWellFormed(readFileSync(join(dir, 'package', 'hosting', 'web.config'), 'utf8'))).toBe(true);
  });

  it('flags a site built without the sign-in pages, Office.js or a CSP', () => {
    const site = join(dir, 'fake-site');
    const problemsEmpty = (() => {
      rmSync(site, { recursive: true, force: true });
      return inspectSite(site);
    })();
    expect(problemsEmpty).toHaveLength(PAGES.length);

    const page = (office: boolean): string =>
      `<!doctype html><html><head><meta http-equiv=Content-Security-Policy content="default-src 'self'">${office ? `<script src=${OFFICE_JS_URL}></script>` : ''}</head><body></body></html>`;
    buildFakeSite(site, (name) => page(name === 'taskpane.html' || name === 'auth-dialog.html'));
    expect(inspectSite(site)).toEqual([]);
    // A tenant site ships no source maps.
    writeFileSync(join(site, 'tab.0123abcd.js.map'), '{}');
    expect(inspectSite(site)).toEqual([expect.stringMatching(/^1 source maps \(tab\.0123abcd\.js\.map…\)/)]);
    buildFakeSite(site, () => page(false));
    expect(inspectSite(site).join('\n')).toMatch(/taskpane\.html does not load Office\.js/);
  });
});

describe('options', () => {
  it('names every missing or malformed option', async () => {
    const error = await buildPackage({ origin: 'http://insecure.example/app', clientId: 'nope', outDir: join(dir, 'bad'), sharePointHost: 'contoso.com' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PackageOptionsError);
    const text = (error as PackageOptionsError).problems.join('\n');
    expect(text).toMatch(/clientId "nope" is not a GUID/);
    expect(text).toMatch(/origin "http:\/\/insecure.example\/app" must start with https:\/\//);
    expect(text).toMatch(/sharePointHost "contoso.com"/);
  });

  it('derives a stable app ID per client ID', () => {
    expect(deriveAppId(CLIENT_ID)).toBe(deriveAppId(CLIENT_ID.toUpperCase()));
    expect(deriveAppId(CLIENT_ID)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deriveAppId(CLIENT_ID)).not.toBe(deriveAppId(TENANT_ID));
  });
});

describe('Content-Security-Policy', () => {
  it('tenant header: Office.js CDN, Graph, Entra ID and teams-js’s valid domains only; framed only by Microsoft 365 hosts', () => {
    const csp = contentSecurityPolicy({ target: 'tenant' });
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    // teams-js's list of valid domains, as that one URL (docs/decisions.md), not the CDN's whole host.
    expect(csp).toMatch(
      /connect-src 'self' https:\/\/graph\.microsoft\.com https:\/\/login\.microsoftonline\.com https:\/\/res\.cdn\.office\.net\/teams-js\/validDomains\/json\/validDomains\.json;/,
    );
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    for (const host of ['https://teams.microsoft.com', 'https://*.teams.microsoft.com', 'https://*.cloud.microsoft', 'https://*.office.com', 'https://*.microsoft365.com', 'https://outlook.office.com']) {
      expect(csp).toContain(host);
    }
    expect(FRAME_ANCESTORS.every((a) => a.why.length > 10)).toBe(true);
  });

  it('meta variant leaves out frame-ancestors (ignored in <meta>); local variant has no CDN', () => {
    expect(contentSecurityPolicy({ target: 'tenant', meta: true })).not.toContain('frame-ancestors');
    const local = contentSecurityPolicy({ target: 'local', meta: true, graphBaseUrl: 'http://localhost:4000' });
    expect(local).not.toContain('appsforoffice');
    expect(local).not.toContain('res.cdn.office.net');
    expect(local).toContain('connect-src \'self\' http://localhost:4000');
  });

  it('can narrow SharePoint to the school’s own host', () => {
    expect(contentSecurityPolicy({ target: 'tenant', sharePointHost: 'contoso.sharepoint.com' })).toContain('https://contoso.sharepoint.com');
    expect(contentSecurityPolicy({ target: 'tenant', sharePointHost: 'contoso.sharepoint.com' })).not.toContain('*.sharepoint.com');
  });
});

function checkWellFormed(xml: string): boolean {
  parseXml(xml);
  return true;
}

function buildFakeSite(site: string, html: (name: string) => string): void {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  for (const name of PAGES) writeFileSync(join(site, name), html(name));
}
