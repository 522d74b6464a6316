/**
 * Builds what a page needs, once: runtime config → token provider → Graph client → the team's site and its
 * lists (the data context every repository takes). Host-agnostic: the Teams tab and the Excel pane both call
 * it with their host. In tenant mode MSAL is loaded on demand, so local pages never ship it.
 *
 * Round trips one after another, on a site already set up: (1) the site's lists, addressed through the team's
 * group or the site's path, which also name the site's id; (2) the schema check, in one `$batch` with the reads
 * the page needs first (`startUp`), issued at the same moment on the lists just read. Reads the Graph client
 * is asked for together go as one `$batch` (`coalesceReads`). Only a site behind this schema version (or never
 * set up) fetches the provisioning code and the full schema (`connectSite`).
 */
import { createDevTokenProvider } from '../auth/dev-token-provider';
import type { TokenProvider } from '../auth/token-provider';
import type { LocalRuntimeConfig, RuntimeConfig } from '../config/runtime-config';
import type { DataContext } from '../data/data-context';
import { connectSite } from '../data/site-connection';
import { dataContextOf, missingLists, type ProvisionResult } from '../data/site-lists';
import { cachedWriteAccess, probeWriteAccess, type WriteAccess } from '../data/write-access';
import { coalesceReads } from '../graph/coalesce';
import { createGraphClient } from '../graph/graph-client';
import { readSiteLists, type SiteRef } from '../graph/sites';
import { pageRuntimeConfig } from './inline-config';
import { UserFacingError } from '../ui/common/user-facing-error';
import type { Services, SignedInUser } from '../ui/common/services-context';
import type { HostAdapter, HostContext } from '../host/host-types';

/** What every page gets: the views' services, and the team site's data context each surface builds its ports on. */
export interface AppServices extends Services {
  readonly config: RuntimeConfig;
  readonly data: DataContext;
}

/**
 * The local demo team's site (tools/local-graph/demo-tenant.ts), used in a plain browser in local mode, where
 * no team context says which site to use.
 */
const LOCAL_DEMO_SITE: SiteRef = { hostname: 'contoso.sharepoint.com', path: '/sites/careers' };

const SIGNED_IN_AS = 'waypoint.signedInAs';

/**
 * `startUp` issues the reads a page needs first, on the site's lists as they were found; its result is given
 * back only when the schema check found the site up to date, so nothing read before an upgrade is used.
 */
export async function createServices<T = never>(
  host: HostAdapter,
  startUp?: (data: DataContext) => T,
): Promise<AppServices & { readonly startUp?: T }> {
  const config = await pageRuntimeConfig();
  const { user, tokenProvider, accessKey } =
    config.mode === 'local' ? localIdentity(config, host.context) : await tenantIdentity(config, host);
  const graph = coalesceReads(
    createGraphClient({
      baseUrl: config.graphBaseUrl,
      tokenProvider,
      scopes: config.mode === 'tenant' ? config.scopes : ['Sites.Manage.All'],
    }),
  );
  const { siteId, lists } = await readSiteLists(graph, siteOf(host.context, config));
  const connecting = connectSite(graph, siteId, lists);
  const early = startUp && missingLists(lists).length === 0 ? startUp(dataContextOf(graph, siteId, lists)) : undefined;
  // Unused when the site needed changing: its failure must not surface as an unhandled rejection.
  Promise.resolve(early).catch(() => undefined);
  const provisioned = await connecting;
  const { context, previousVersion, schemaVersion } = provisioned;
  const upToDate = previousVersion !== null && previousVersion >= schemaVersion;
  // A write, so never batched: on a first load it runs while the open review is read; then the session's answer stands.
  const access = await cachedWriteAccess(sessionStorage, `waypoint.access|${siteId}|${accessKey}`, () => writeAccessOf(provisioned));
  return {
    config,
    host,
    // Read-only is what the site says, in a tenant and locally alike: edit controls are hidden for a visitor.
    user: { ...user, readOnly: access === 'read' },
    data: context,
    ...(early !== undefined && upToDate ? { startUp: early } : {}),
    ...(config.mode === 'local' ? { localSignIn: { switchTo: switchLocalUser } } : {}),
  };
}

/**
 * A run that only read the schema record probes it (one request); a run that created lists or recorded the
 * schema version has just written, so this person may write.
 */
function writeAccessOf(provisioned: ProvisionResult): Promise<WriteAccess> {
  return provisioned.schemaItemId
    ? probeWriteAccess(provisioned.context, provisioned.schemaItemId, provisioned.schemaVersion)
    : Promise.resolve('write');
}

function siteOf(context: HostContext, config: RuntimeConfig): SiteRef {
  if (context.teamGroupId) return { groupId: context.teamGroupId };
  if (context.teamSite) return { hostname: context.teamSite.domain, path: context.teamSite.path };
  if (config.mode === 'local') return LOCAL_DEMO_SITE;
  throw new UserFacingError("Waypoint doesn't know which team's site to use here. Open it from the team's Waypoint tab in Teams.");
}

interface Identity {
  readonly user: SignedInUser;
  readonly tokenProvider: TokenProvider;
  /** Who the write-access answer is cached for. */
  readonly accessKey: string;
}

/**
 * Locally the user is chosen: `?as=<upn>` (add `&readonly=1` for a member who may only read: a
 * `dev-readonly:` token), remembered for the browser tab in sessionStorage so two windows can be two
 * participants; else the Teams user; else the configured dev user.
 */
function localIdentity(config: LocalRuntimeConfig, context: HostContext): Identity {
  const query = new URLSearchParams(window.location.search);
  const asked = query.get('as');
  if (asked) {
    sessionStorage.setItem(SIGNED_IN_AS, JSON.stringify({ upn: asked, readOnly: query.get('readonly') === '1' }));
  }
  const stored = parseStored(sessionStorage.getItem(SIGNED_IN_AS));
  const upn = stored?.upn ?? context.user?.userPrincipalName ?? config.devUser;
  const readOnly = stored?.readOnly ?? config.readOnly;
  return {
    user: { upn, displayName: stored ? nameFromUpn(upn) : (context.user?.displayName ?? nameFromUpn(upn)), readOnly },
    tokenProvider: createDevTokenProvider({ upn, readOnly }),
    accessKey: `${upn}|${readOnly ? 'dev-readonly' : 'dev'}`,
  };
}

function switchLocalUser(upn: string, readOnly: boolean): void {
  sessionStorage.setItem(SIGNED_IN_AS, JSON.stringify({ upn, readOnly }));
  const url = new URL(window.location.href);
  url.searchParams.delete('as');
  url.searchParams.delete('readonly');
  window.location.assign(url);
}

function parseStored(text: string | null): { upn: string; readOnly: boolean } | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as { upn?: unknown; readOnly?: unknown };
    return typeof value.upn === 'string' && value.upn ? { upn: value.upn, readOnly: value.readOnly === true } : undefined;
  } catch {
    return undefined;
  }
}

/** "hannah.whitfield@…" → "Hannah Whitfield": a stand-in until the review's participant list names them. */
function nameFromUpn(upn: string): string {
  return (upn.split('@')[0] ?? upn)
    .split(/[._-]+/)
    .filter(Boolean)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join(' ');
}

async function tenantIdentity(
  config: Extract<RuntimeConfig, { mode: 'tenant' }>,
  host: HostAdapter,
): Promise<Identity> {
  // MSAL is large: only a tenant page loads it.
  const { createTokenProvider } = await import('../auth/create-token-provider');
  const u = host.context.user;
  return {
    user: {
      ...(u?.userPrincipalName ? { upn: u.userPrincipalName } : {}),
      ...(u?.id ? { entraId: u.id } : {}),
      displayName: u?.displayName ?? u?.userPrincipalName ?? 'You',
      readOnly: false,
    },
    tokenProvider: createTokenProvider(config, host.auth),
    accessKey: u?.id ?? u?.userPrincipalName ?? 'you',
  };
}
