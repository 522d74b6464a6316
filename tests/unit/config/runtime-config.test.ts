import { describe, expect, it, vi } from 'vitest';

import {
  DEFAULT_GRAPH_BASE_URL,
  DEFAULT_TENANT_SCOPES,
  loadRuntimeConfig,
  parseRuntimeConfig,
  RuntimeConfigError,
  validateRuntimeConfig,
} from '../../../src/config/runtime-config';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const TENANT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

function problemsOf(raw: unknown): readonly string[] {
  const result = validateRuntimeConfig(raw);
  return result.ok ? [] : result.problems;
}

describe('runtime configuration: local mode', () => {
  it('accepts what tools/start.ts serves', () => {
    expect(parseRuntimeConfig({ mode: 'local', graphBaseUrl: 'http://localhost:4000', devUser: 'careers.leader@contoso.onmicrosoft.com' })).toEqual({
      mode: 'local',
      graphBaseUrl: 'http://localhost:4000',
      devUser: 'careers.leader@contoso.onmicrosoft.com',
      readOnly: false,
    });
  });

  it('keeps readOnly and trims a trailing slash off the Graph address', () => {
    const config = parseRuntimeConfig({ mode: 'local', graphBaseUrl: 'http://localhost:4000/', devUser: 'gov@contoso.test', readOnly: true });
    expect(config).toMatchObject({ graphBaseUrl: 'http://localhost:4000', readOnly: true });
  });

  it('takes the local Fluid service for the meeting only with its container registry', () => {
    const base = { mode: 'local', graphBaseUrl: 'http://localhost:4000', devUser: 'gov@contoso.test' };
    expect(parseRuntimeConfig({ ...base, fluidEndpoint: 'http://localhost:7070', fluidRegistry: 'http://localhost:7071/' })).toMatchObject({
      fluid: { endpoint: 'http://localhost:7070', registry: 'http://localhost:7071' },
    });
    expect(parseRuntimeConfig(base)).not.toHaveProperty('fluid');
    expect(problemsOf({ ...base, fluidEndpoint: 'http://localhost:7070' })).toEqual([
      'fluidEndpoint and fluidRegistry go together: the local Fluid service and its container registry (tools/fluid)',
    ]);
  });

  it('names every missing or malformed value at once', () => {
    const problems = problemsOf({ mode: 'local', graphBaseUrl: 'ftp://x', devUser: 'has space', readOnly: 'yes' });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/graphBaseUrl "ftp:\/\/x" must start with http:\/\/ or https:\/\//);
    expect(problems.join('\n')).toMatch(/devUser "has space"/);
    expect(problems.join('\n')).toMatch(/readOnly "yes" must be true or false/);
  });

  it('says what is missing', () => {
    const problems = problemsOf({ mode: 'local' });
    expect(problems).toEqual([expect.stringMatching(/^graphBaseUrl is missing/), expect.stringMatching(/^devUser is missing/)]);
  });

  it('rejects tenant-only settings in local mode', () => {
    expect(problemsOf({ mode: 'local', graphBaseUrl: 'http://localhost:4000', devUser: 'a@b.c', clientId: CLIENT_ID })).toEqual([
      expect.stringMatching(/clientId applies only to "tenant" mode/),
    ]);
  });
});

describe('runtime configuration: tenant mode', () => {
  const valid = { mode: 'tenant', clientId: CLIENT_ID, tenantId: TENANT_ID, origin: 'https://waypoint.school.example' };

  it('fills in Graph and the least-privilege scope by default', () => {
    expect(parseRuntimeConfig(valid)).toEqual({
      mode: 'tenant',
      clientId: CLIENT_ID,
      tenantId: TENANT_ID,
      origin: 'https://waypoint.school.example',
      graphBaseUrl: DEFAULT_GRAPH_BASE_URL,
      scopes: DEFAULT_TENANT_SCOPES,
    });
    expect(DEFAULT_TENANT_SCOPES).toEqual(['https://graph.microsoft.com/Sites.Selected']);
  });

  it('accepts "organizations" as the tenant and normalises GUID case', () => {
    expect(parseRuntimeConfig({ ...valid, tenantId: 'Organizations', clientId: CLIENT_ID.toUpperCase() })).toMatchObject({
      tenantId: 'organizations',
      clientId: CLIENT_ID,
    });
  });

  it('names every missing value with where to find it', () => {
    const problems = problemsOf({ mode: 'tenant' });
    expect(problems).toEqual([
      expect.stringMatching(/^clientId is missing: it is the Application \(client\) ID/),
      expect.stringMatching(/^tenantId is missing: use the Directory \(tenant\) ID GUID/),
      expect.stringMatching(/^origin is missing: the https address/),
    ]);
    expect(() => parseRuntimeConfig({ mode: 'tenant' })).toThrow(/has 3 problems:\n {2}- clientId is missing/);
  });

  it('names every malformed value', () => {
    const problems = problemsOf({
      mode: 'tenant',
      clientId: 'not-a-guid',
      tenantId: 'contoso.onmicrosoft.com',
      origin: 'http://waypoint.school.example',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      scopes: ['openid', 'profile'],
    });
    expect(problems).toHaveLength(5);
    const text = problems.join('\n');
    expect(text).toMatch(/clientId "not-a-guid" is not a GUID/);
    expect(text).toMatch(/tenantId "contoso.onmicrosoft.com" is neither a GUID nor "organizations"/);
    expect(text).toMatch(/origin "http:\/\/waypoint.school.example" must start with https:\/\//);
    expect(text).toMatch(/graphBaseUrl .* must not include the version segment/);
    expect(text).toMatch(/scopes must name at least one Graph permission beyond openid/);
  });

  it('wants an origin, not a page address', () => {
    expect(problemsOf({ ...valid, origin: 'https://waypoint.school.example/app/tab.html' })).toEqual([
      expect.stringMatching(/origin .* must be an origin only .* e\.g\. https:\/\/waypoint\.school\.example$/),
    ]);
  });

  it('refuses anything that looks like a secret, because config.json is public', () => {
    const problems = problemsOf({ ...valid, clientSecret: 'abc' });
    expect(problems).toEqual([expect.stringMatching(/"clientSecret" looks like a secret/)]);
  });

  it('rejects a missing or unknown mode and non-objects', () => {
    expect(problemsOf({})).toEqual([expect.stringMatching(/^mode is missing/)]);
    expect(problemsOf({ mode: 'prod' })).toEqual([expect.stringMatching(/mode "prod" is not "local" or "tenant"/)]);
    expect(problemsOf([])).toEqual([expect.stringMatching(/one JSON object/)]);
    expect(problemsOf(null)).toEqual([expect.stringMatching(/one JSON object/)]);
  });

  it('names a scope that is not a permission name, and a secret alongside a bad value', () => {
    expect(problemsOf({ ...valid, scopes: ['Sites.Selected', 'two words'] })).toEqual(['scopes entry "two words" is not a permission name']);
    expect(problemsOf({ ...valid, scopes: 'Sites.Selected' })).toEqual([expect.stringMatching(/^scopes must be a non-empty list/)]);
    expect(problemsOf({ ...valid, apiKey: 'x', origin: 'ftp://x' })).toEqual([
      expect.stringMatching(/"apiKey" looks like a secret/),
      expect.stringMatching(/origin "ftp:\/\/x" must start with https:\/\//),
    ]);
  });

  it('de-duplicates scopes and keeps their order', () => {
    expect(parseRuntimeConfig({ ...valid, scopes: ['Sites.Selected', 'openid', 'sites.selected'] })).toMatchObject({
      scopes: ['Sites.Selected', 'openid'],
    });
  });
});

describe('loadRuntimeConfig', () => {
  const response = (status: number, body: string): Response => new Response(body, { status });

  it('fetches /config.json without caching and validates it', async () => {
    const fetchImpl = vi.fn(async () => response(200, JSON.stringify({ mode: 'local', graphBaseUrl: 'http://localhost:4000', devUser: 'a@b.c' })));
    await expect(loadRuntimeConfig({ fetchImpl })).resolves.toMatchObject({ mode: 'local' });
    expect(fetchImpl).toHaveBeenCalledWith('/config.json', expect.objectContaining({ cache: 'no-store', credentials: 'same-origin' }));
  });

  it('explains an HTTP failure', async () => {
    await expect(loadRuntimeConfig({ fetchImpl: async () => response(404, 'nope') })).rejects.toThrow(/answered HTTP 404/);
  });

  it('explains invalid JSON', async () => {
    await expect(loadRuntimeConfig({ fetchImpl: async () => response(200, '{mode:') })).rejects.toThrow(RuntimeConfigError);
  });

  it('explains a network failure', async () => {
    await expect(
      loadRuntimeConfig({
        fetchImpl: async () => {
          throw new TypeError('Failed to fetch');
        },
      }),
    ).rejects.toThrow(/could not be fetched \(Failed to fetch\)/);
  });

  it('passes validation problems through', async () => {
    const error = await loadRuntimeConfig({ fetchImpl: async () => response(200, '{"mode":"tenant"}') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuntimeConfigError);
    expect((error as RuntimeConfigError).problems).toHaveLength(3);
  });
});
