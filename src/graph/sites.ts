import type { List, Site } from '@microsoft/microsoft-graph-types';

import type { GraphClient } from './graph-client';

/**
 * Where the team's lists live. In Teams the tab knows the group id (team context); a plain
 * browser or a script may know the site's host and path instead, or a site id from config.
 */
export type SiteRef =
  | { readonly groupId: string }
  | { readonly hostname: string; readonly path: string }
  | { readonly siteId: string };

export interface SiteInfo {
  /** Composite id 'host,siteCollectionId,webId': use it for everything below /sites/{id}. */
  readonly id: string;
  readonly displayName?: string;
  readonly webUrl?: string;
}

export function siteUrl(ref: SiteRef): string {
  if ('groupId' in ref) return `/groups/${encodeURIComponent(ref.groupId)}/sites/root`;
  if ('siteId' in ref) return `/sites/${encodeURIComponent(ref.siteId).replace(/%2C/gi, ',')}`;
  const path = ref.path.startsWith('/') ? ref.path : `/${ref.path}`;
  return `/sites/${encodeURIComponent(ref.hostname)}:${encodeURI(path)}`;
}

export async function resolveSite(graph: GraphClient, ref: SiteRef, signal?: AbortSignal): Promise<SiteInfo> {
  const { body } = await graph.send<Site>({ method: 'GET', url: siteUrl(ref), ...(signal ? { signal } : {}) });
  if (!body?.id) throw new Error('The service returned a site without an id');
  return {
    id: body.id,
    ...(body.displayName ? { displayName: body.displayName } : {}),
    ...(body.webUrl ? { webUrl: body.webUrl } : {}),
  };
}

type ListsPage = { value?: List[]; '@odata.nextLink'?: string };

/** The site's lists by display name (lower-cased), with the site's id. */
export interface SiteLists {
  readonly siteId: string;
  readonly lists: ReadonlyMap<string, string>;
}

/**
 * The site's lists read through the site's reference (`/groups/{id}/sites/root/lists`,
 * `/sites/{hostname}:/{path}:/lists`), every page: each list names its site in `parentReference.siteId`, so
 * one round trip gives both what `resolveSite` and a read of `/sites/{id}/lists` would. A site with no lists
 * (or a service that leaves `parentReference` out) costs the site's own read as well.
 */
export async function readSiteLists(graph: GraphClient, ref: SiteRef, signal?: AbortSignal): Promise<SiteLists> {
  const lists = new Map<string, string>();
  let siteId: string | undefined;
  const base = 'hostname' in ref ? `${siteUrl(ref)}:` : siteUrl(ref);
  let url: string | undefined = `${base}/lists?$select=id,displayName,parentReference`;
  while (url) {
    const { body }: { body: ListsPage | undefined } = await graph.send<ListsPage>({ method: 'GET', url, ...(signal ? { signal } : {}) });
    for (const list of body?.value ?? []) {
      if (list.id && list.displayName) lists.set(list.displayName.toLowerCase(), list.id);
      siteId ??= list.parentReference?.siteId ?? undefined;
    }
    url = body?.['@odata.nextLink'];
  }
  return { siteId: siteId ?? (await resolveSite(graph, ref, signal)).id, lists };
}
