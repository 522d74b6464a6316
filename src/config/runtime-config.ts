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

// zod/mini: the same checks as zod's classic API, in a fraction of the JavaScript the pages load first.
import { z } from 'zod/mini';

// Parse without compiling validators with `new Function`: the tenant's CSP forbids eval, and even zod's probe for it
// is reported as a violation.
z.config({ jitless: true });

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

const LOCAL_KEYS = ['mode', 'graphBaseUrl', 'devUser', 'readOnly', 'fluidEndpoint', 'fluidRegistry'];
const TENANT_KEYS = ['mode', 'clientId', 'tenantId', 'origin', 'graphBaseUrl', 'scopes'];

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

type Result<T> = { readonly ok: true; readonly config: T } | { readonly ok: false; readonly problems: readonly string[] };

/** Checks a parsed `/config.json`; never throws. Each problem names its setting; all are found at once. */
export function validateRuntimeConfig(raw: unknown): Result<RuntimeConfig> {
  const parsed = parseByMode(raw);
  const problems = [...keyProblems(raw), ...(parsed.error?.issues.map((issue) => issue.message) ?? [])];
  return parsed.success && problems.length === 0 ? { ok: true, config: parsed.data } : { ok: false, problems };
}

/** The file's keys, which the schema's values do not see: nothing secret-looking, nothing of the other mode. */
function keyProblems(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  const keys = Object.keys(raw);
  const mode = (raw as { mode?: unknown }).mode;
  const [own, other] = mode === 'local' ? [LOCAL_KEYS, TENANT_KEYS] : mode === 'tenant' ? [TENANT_KEYS, LOCAL_KEYS] : [[], []];
  return [
    ...keys
      .filter((key) => SECRET_LIKE.test(key))
      .map((key) => `"${key}" looks like a secret; config.json is public and Waypoint needs no secret — remove it`),
    ...keys
      .filter((key) => other.includes(key) && !own.includes(key))
      .map((key) => `${key} applies only to ${mode === 'local' ? '"tenant"' : '"local"'} mode; remove it or change mode`),
  ];
}

/** null and '' read as absent, as a hand-edited file often has them. */
const blankAsAbsent = (value: unknown): unknown => (value === null || value === '' ? undefined : value);

/**
 * A text setting: absent, null and '' are all missing; present, it is trimmed. `missing` and `malformed` are the
 * messages a person reads, so each setting says what it wants and where to find it.
 */
function text(missing: string, malformed: (input: unknown) => string, check: (value: string) => string | undefined) {
  return z.pipe(
    z.transform(blankAsAbsent),
    z.pipe(
      z.string({ error: (issue) => (issue.input === undefined ? missing : malformed(issue.input)) }).check(z.trim()),
      z.transform((value: string, ctx) => {
        const checked = check(value);
        if (checked === undefined) ctx.issues.push({ code: 'custom', message: malformed(value), input: value });
        return checked ?? z.NEVER;
      }),
    ),
  );
}

/** An optional text setting: absent, null and '' all leave it out. */
function optional<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(z.transform(blankAsAbsent), z.optional(schema));
}

/**
 * An address: http(s) (https only where the pages run), no user name or password. `keep` is what of it the app
 * keeps: its origin, or (for Graph) origin and path, with no version segment, query or fragment.
 */
function address(key: string, missing: string | undefined, rules: { httpsOnly: boolean; keep: 'origin' | 'origin-only' | 'graph' }) {
  return z.pipe(
    z.transform(blankAsAbsent),
    z.pipe(
      z.string({ error: (issue) => (issue.input === undefined ? missing : `${key} ${describe(issue.input)} is not a URL`) }).check(z.trim()),
      z.transform((value: string, ctx) => {
        const problem = (message: string) => {
          ctx.issues.push({ code: 'custom', message, input: value });
          return z.NEVER;
        };
        if (!URL.canParse(value)) return problem(`${key} "${value}" is not a URL`);
        const url = new URL(value);
        if (rules.httpsOnly ? url.protocol !== 'https:' : url.protocol !== 'https:' && url.protocol !== 'http:') {
          return problem(`${key} "${value}" must start with ${rules.httpsOnly ? 'https://' : 'http:// or https://'}`);
        }
        if (url.username || url.password) return problem(`${key} "${value}" must not carry a user name or password`);
        const path = url.pathname.replace(/\/+$/, '');
        if (rules.keep === 'origin-only' && (path !== '' || url.search || url.hash)) {
          return problem(`${key} "${value}" must be an origin only (scheme and host, no path), e.g. ${url.origin}`);
        }
        if (rules.keep !== 'graph') return url.origin;
        if (/\/(v1\.0|beta)$/i.test(path)) {
          return problem(`${key} "${value}" must not include the version segment; use ${url.origin}${path.replace(/\/(v1\.0|beta)$/i, '')}`);
        }
        if (url.search || url.hash) return problem(`${key} "${value}" must not carry a query or fragment`);
        return `${url.origin}${path}`;
      }),
    ),
  );
}

const FLUID_TOGETHER = 'fluidEndpoint and fluidRegistry go together: the local Fluid service and its container registry (tools/fluid)';

const localConfig = z.pipe(
  z
    .object({
      mode: z.literal('local'),
      graphBaseUrl: address('graphBaseUrl', 'graphBaseUrl is missing: the address of the Graph server, e.g. http://localhost:4000', {
        httpsOnly: false,
        keep: 'graph',
      }),
      devUser: text(
        'devUser is missing: the user principal name to act as, e.g. careers.leader@contoso.onmicrosoft.com',
        (input) => `devUser ${describe(input)} is not a user principal name (no spaces or colons)`,
        (value) => (/^[^\s:]+$/.test(value) ? value : undefined),
      ),
      readOnly: z._default(z.boolean({ error: (issue) => `readOnly ${describe(issue.input)} must be true or false` }), false),
      fluidEndpoint: optional(address('fluidEndpoint', FLUID_TOGETHER, { httpsOnly: false, keep: 'origin' })),
      fluidRegistry: optional(address('fluidRegistry', FLUID_TOGETHER, { httpsOnly: false, keep: 'origin' })),
    })
    .check((ctx) => {
      const { fluidEndpoint, fluidRegistry } = ctx.value;
      if ((fluidEndpoint === undefined) !== (fluidRegistry === undefined)) ctx.issues.push({ code: 'custom', message: FLUID_TOGETHER, input: ctx.value });
    }),
  z.transform(({ fluidEndpoint, fluidRegistry, ...config }): LocalRuntimeConfig =>
    fluidEndpoint !== undefined && fluidRegistry !== undefined ? { ...config, fluid: { endpoint: fluidEndpoint, registry: fluidRegistry } } : config,
  ),
);

const scopeEntry = (issue: { input?: unknown }) => `scopes entry ${describe(issue.input)} is not a permission name`;
const SCOPES_LIST = 'scopes must be a non-empty list of delegated Graph permissions, e.g. ["https://graph.microsoft.com/Sites.Selected"]';

const tenantConfig = z.object({
  mode: z.literal('tenant'),
  clientId: text(
    'clientId is missing: it is the Application (client) ID from the app registration in Entra ID (a GUID such as 00000000-0000-0000-0000-000000000000)',
    (input) => `clientId ${describe(input)} is not a GUID (expected the form 00000000-0000-0000-0000-000000000000)`,
    (value) => (isGuid(value) ? value.toLowerCase() : undefined),
  ),
  tenantId: text(
    'tenantId is missing: use the Directory (tenant) ID GUID from Entra ID, or "organizations"',
    (input) => `tenantId ${describe(input)} is neither a GUID nor "organizations"`,
    (value) => (isGuid(value) || value.toLowerCase() === 'organizations' ? value.toLowerCase() : undefined),
  ),
  origin: address('origin', 'origin is missing: the https address the pages are served from, e.g. https://waypoint.school.example', {
    httpsOnly: true,
    keep: 'origin-only',
  }),
  graphBaseUrl: z.pipe(
    optional(address('graphBaseUrl', undefined, { httpsOnly: true, keep: 'graph' })),
    z.transform((url: string | undefined) => url ?? DEFAULT_GRAPH_BASE_URL),
  ),
  scopes: z.pipe(
    z.optional(z.array(z.string({ error: scopeEntry }).check(z.trim(), z.regex(/^\S+$/, { error: scopeEntry })), { error: SCOPES_LIST })),
    z.transform((scopes: string[] | undefined, ctx): readonly string[] => {
      if (scopes === undefined) return DEFAULT_TENANT_SCOPES;
      const unique = scopes.filter((scope, i) => scopes.findIndex((s) => s.toLowerCase() === scope.toLowerCase()) === i);
      if (unique.length === 0) ctx.issues.push({ code: 'custom', message: SCOPES_LIST, input: scopes });
      else if (unique.every((s) => SIGN_IN_ONLY_SCOPES.includes(s.toLowerCase()))) {
        ctx.issues.push({ code: 'custom', message: 'scopes must name at least one Graph permission beyond openid, profile, email and offline_access', input: scopes });
      }
      return unique;
    }),
  ),
});

/**
 * The whole file: one JSON object whose mode chooses the settings that follow. A plain switch on the mode, not zod's
 * discriminated union, which would add 0.7 KB (gzip) to the JavaScript every page loads first for the same answer.
 */
function parseByMode(raw: unknown): { success: true; data: RuntimeConfig; error?: undefined } | { success: false; error: { issues: { message: string }[] } } {
  const mode = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as { mode?: unknown }).mode : undefined;
  if (mode === 'local') return localConfig.safeParse(raw);
  if (mode === 'tenant') return tenantConfig.safeParse(raw);
  const message =
    typeof raw !== 'object' || raw === null || Array.isArray(raw)
      ? 'the file must hold one JSON object, e.g. { "mode": "tenant", … }'
      : mode === undefined
        ? 'mode is missing: set it to "local" (local Graph server) or "tenant" (a Microsoft 365 tenant)'
        : `mode ${describe(mode)} is not "local" or "tenant"`;
  return { success: false, error: { issues: [{ message }] } };
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
