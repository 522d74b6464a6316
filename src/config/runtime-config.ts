/**
 * The runtime configuration every page reads from `/config.json` before it does anything else.
 *
 * Two modes, and nothing else decides which world the app talks to:
 * - `local`: the Graph-compatible server on this machine, signed in as a named dev user
 *   (tools/start.ts serves this file);
 * - `tenant`: a school's Microsoft 365 tenant, signed in through Entra ID (the package step,
 *   tools/package, writes this file next to the production pages).
 *
 * `parseRuntimeConfig` checks everything at once and names every missing or malformed value in
 * one message, so whoever deploys fixes the file in one go. Nothing in this file is secret: a
 * setting whose name looks like a secret is refused, because the pages are public.
 */

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com';

/** Delegated Graph permission the app asks for by default: only the sites an admin selected. */
export const DEFAULT_TENANT_SCOPES: readonly string[] = ['https://graph.microsoft.com/Sites.Selected'];

/** Scopes that only sign the user in; a token request needs at least one scope beyond these. */
export const SIGN_IN_ONLY_SCOPES: readonly string[] = ['openid', 'profile', 'email', 'offline_access'];

export interface LocalRuntimeConfig {
  readonly mode: 'local';
  /** The local Graph-compatible server, without the version segment, e.g. http://localhost:4000. */
  readonly graphBaseUrl: string;
  /** The user principal name the local server trusts for this browser session. */
  readonly devUser: string;
  /** True to act as a member who can read but not change the team's site. */
  readonly readOnly: boolean;
  /** The local Fluid service and its container registry (tools/fluid), for the meeting's Live Share; absent: polling. */
  readonly fluid?: { readonly endpoint: string; readonly registry: string };
}

export interface TenantRuntimeConfig {
  readonly mode: 'tenant';
  /** Application (client) ID of the Entra ID app registration (a GUID; not a secret). */
  readonly clientId: string;
  /** Directory (tenant) ID as a GUID, or 'organizations' for any work or school tenant. */
  readonly tenantId: string;
  /** Where the pages are served, https and origin only, e.g. https://waypoint.school.example. */
  readonly origin: string;
  /** Microsoft Graph, without the version segment. */
  readonly graphBaseUrl: string;
  /** Delegated Graph scopes to request; least privilege by default. */
  readonly scopes: readonly string[];
}

export type RuntimeConfig = LocalRuntimeConfig | TenantRuntimeConfig;

export const RUNTIME_CONFIG_PATH = '/config.json';

/** Thrown with every problem found, each naming the setting, so one fix round is enough. */
export class RuntimeConfigError extends Error {
  override readonly name = 'RuntimeConfigError';
  constructor(readonly problems: readonly string[]) {
    super(
      problems.length === 1
        ? `Waypoint's configuration (${RUNTIME_CONFIG_PATH}) has a problem: ${problems[0]}`
        : `Waypoint's configuration (${RUNTIME_CONFIG_PATH}) has ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SECRET_LIKE = /secret|password|passwd|token|credential|private.?key|api.?key/i;

const LOCAL_KEYS = new Set(['mode', 'graphBaseUrl', 'devUser', 'readOnly', 'fluidEndpoint', 'fluidRegistry']);
const TENANT_KEYS = new Set(['mode', 'clientId', 'tenantId', 'origin', 'graphBaseUrl', 'scopes']);

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

type Result<T> = { readonly ok: true; readonly config: T } | { readonly ok: false; readonly problems: readonly string[] };

/** Checks a parsed `/config.json`; never throws. */
export function validateRuntimeConfig(raw: unknown): Result<RuntimeConfig> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: ['the file must hold one JSON object, e.g. { "mode": "tenant", … }'] };
  }
  const record = raw as Record<string, unknown>;
  const problems: string[] = [];

  for (const key of Object.keys(record)) {
    if (SECRET_LIKE.test(key)) {
      problems.push(`"${key}" looks like a secret; config.json is public and Waypoint needs no secret — remove it`);
    }
  }

  const mode = record.mode;
  if (mode === undefined) {
    problems.push('mode is missing: set it to "local" (local Graph server) or "tenant" (a Microsoft 365 tenant)');
    return { ok: false, problems };
  }
  if (mode !== 'local' && mode !== 'tenant') {
    problems.push(`mode ${describe(mode)} is not "local" or "tenant"`);
    return { ok: false, problems };
  }

  const allowed = mode === 'local' ? LOCAL_KEYS : TENANT_KEYS;
  const other = mode === 'local' ? TENANT_KEYS : LOCAL_KEYS;
  for (const key of Object.keys(record)) {
    if (!allowed.has(key) && other.has(key)) {
      problems.push(`${key} applies only to ${mode === 'local' ? '"tenant"' : '"local"'} mode; remove it or change mode`);
    }
  }

  if (mode === 'local') {
    const graphBaseUrl = checkUrl(record, 'graphBaseUrl', problems, { required: true, httpsOnly: false });
    const devUser = checkDevUser(record.devUser, problems);
    const readOnly = record.readOnly;
    if (readOnly !== undefined && typeof readOnly !== 'boolean') {
      problems.push(`readOnly ${describe(readOnly)} must be true or false`);
    }
    const endpoint = checkUrl(record, 'fluidEndpoint', problems, { required: record.fluidRegistry !== undefined, httpsOnly: false });
    const registry = checkUrl(record, 'fluidRegistry', problems, { required: record.fluidEndpoint !== undefined, httpsOnly: false });
    if (problems.length > 0 || graphBaseUrl === undefined || devUser === undefined) return { ok: false, problems };
    const fluid = endpoint !== undefined && registry !== undefined ? { fluid: { endpoint, registry } } : {};
    return { ok: true, config: { mode, graphBaseUrl, devUser, readOnly: readOnly === true, ...fluid } };
  }

  const clientId = checkGuid(record.clientId, 'clientId', 'the Application (client) ID from the app registration in Entra ID', problems);
  const tenantId = checkTenantId(record.tenantId, problems);
  const origin = checkUrl(record, 'origin', problems, { required: true, httpsOnly: true });
  const graphBaseUrl = checkUrl(record, 'graphBaseUrl', problems, { required: false, httpsOnly: true }) ?? DEFAULT_GRAPH_BASE_URL;
  const scopes = checkScopes(record.scopes, problems);
  if (problems.length > 0 || clientId === undefined || tenantId === undefined || origin === undefined || scopes === undefined) {
    return { ok: false, problems };
  }
  return { ok: true, config: { mode, clientId, tenantId, origin, graphBaseUrl, scopes } };
}

/** Like `validateRuntimeConfig`, but throws a `RuntimeConfigError` naming every problem. */
export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  const result = validateRuntimeConfig(raw);
  if (!result.ok) throw new RuntimeConfigError(result.problems);
  return result.config;
}

export interface LoadRuntimeConfigOptions {
  /** Defaults to `/config.json` relative to the page. */
  readonly url?: string;
  readonly fetchImpl?: typeof fetch;
  readonly signal?: AbortSignal;
}

/** Fetches and validates the runtime configuration; rejects with a `RuntimeConfigError`. */
export async function loadRuntimeConfig(options: LoadRuntimeConfigOptions = {}): Promise<RuntimeConfig> {
  const url = options.url ?? RUNTIME_CONFIG_PATH;
  const fetchImpl = options.fetchImpl ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-store', credentials: 'same-origin', signal: options.signal ?? null });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new RuntimeConfigError([`${url} could not be fetched (${error instanceof Error ? error.message : String(error)}); is it uploaded next to the pages?`]);
  }
  if (!response.ok) {
    throw new RuntimeConfigError([`${url} answered HTTP ${response.status}; upload the config.json that "npm run package" wrote next to the pages`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch {
    throw new RuntimeConfigError([`${url} is not valid JSON`]);
  }
  return parseRuntimeConfig(raw);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : String(value);
}

function checkGuid(value: unknown, key: string, what: string, problems: string[]): string | undefined {
  if (value === undefined || value === null || value === '') {
    problems.push(`${key} is missing: it is ${what} (a GUID such as 00000000-0000-0000-0000-000000000000)`);
    return undefined;
  }
  if (typeof value !== 'string' || !isGuid(value.trim())) {
    problems.push(`${key} ${describe(value)} is not a GUID (expected the form 00000000-0000-0000-0000-000000000000)`);
    return undefined;
  }
  return value.trim().toLowerCase();
}

function checkTenantId(value: unknown, problems: string[]): string | undefined {
  if (value === undefined || value === null || value === '') {
    problems.push('tenantId is missing: use the Directory (tenant) ID GUID from Entra ID, or "organizations"');
    return undefined;
  }
  if (typeof value === 'string' && value.trim().toLowerCase() === 'organizations') return 'organizations';
  if (typeof value !== 'string' || !isGuid(value.trim())) {
    problems.push(`tenantId ${describe(value)} is neither a GUID nor "organizations"`);
    return undefined;
  }
  return value.trim().toLowerCase();
}

function checkUrl(
  record: Record<string, unknown>,
  key: 'graphBaseUrl' | 'origin' | 'fluidEndpoint' | 'fluidRegistry',
  problems: string[],
  rules: { required: boolean; httpsOnly: boolean },
): string | undefined {
  const value = record[key];
  if (value === undefined || value === null || value === '') {
    if (rules.required) {
      problems.push(
        key === 'origin'
          ? 'origin is missing: the https address the pages are served from, e.g. https://waypoint.school.example'
          : key === 'graphBaseUrl'
            ? 'graphBaseUrl is missing: the address of the Graph server, e.g. http://localhost:4000'
            : 'fluidEndpoint and fluidRegistry go together: the local Fluid service and its container registry (tools/fluid)',
      );
    }
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.push(`${key} ${describe(value)} is not a URL`);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    problems.push(`${key} "${value}" is not a URL`);
    return undefined;
  }
  if (rules.httpsOnly ? url.protocol !== 'https:' : url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push(`${key} "${value}" must start with ${rules.httpsOnly ? 'https://' : 'http:// or https://'}`);
    return undefined;
  }
  if (url.username || url.password) {
    problems.push(`${key} "${value}" must not carry a user name or password`);
    return undefined;
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (key === 'origin' && (path !== '' || url.search || url.hash)) {
    problems.push(`origin "${value}" must be an origin only (scheme and host, no path), e.g. ${url.origin}`);
    return undefined;
  }
  if (key === 'graphBaseUrl') {
    if (/\/(v1\.0|beta)$/i.test(path)) {
      problems.push(`graphBaseUrl "${value}" must not include the version segment; use ${url.origin}${path.replace(/\/(v1\.0|beta)$/i, '')}`);
      return undefined;
    }
    if (url.search || url.hash) {
      problems.push(`graphBaseUrl "${value}" must not carry a query or fragment`);
      return undefined;
    }
    return `${url.origin}${path}`;
  }
  return url.origin;
}

function checkDevUser(value: unknown, problems: string[]): string | undefined {
  if (value === undefined || value === null || value === '') {
    problems.push('devUser is missing: the user principal name to act as, e.g. careers.leader@contoso.onmicrosoft.com');
    return undefined;
  }
  if (typeof value !== 'string' || !value.trim() || /[\s:]/.test(value.trim())) {
    problems.push(`devUser ${describe(value)} is not a user principal name (no spaces or colons)`);
    return undefined;
  }
  return value.trim();
}

function checkScopes(value: unknown, problems: string[]): readonly string[] | undefined {
  if (value === undefined) return DEFAULT_TENANT_SCOPES;
  if (!Array.isArray(value) || value.length === 0) {
    problems.push('scopes must be a non-empty list of delegated Graph permissions, e.g. ["https://graph.microsoft.com/Sites.Selected"]');
    return undefined;
  }
  const scopes: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string' || !item.trim() || /\s/.test(item.trim())) {
      problems.push(`scopes entry ${describe(item)} is not a permission name`);
      return undefined;
    }
    if (!scopes.some((s) => s.toLowerCase() === item.trim().toLowerCase())) scopes.push(item.trim());
  }
  const signInOnly = new Set(SIGN_IN_ONLY_SCOPES);
  if (scopes.every((s) => signInOnly.has(s.toLowerCase()))) {
    problems.push('scopes must name at least one Graph permission beyond openid, profile, email and offline_access');
    return undefined;
  }
  return scopes;
}
