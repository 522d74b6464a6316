import type { Site } from '@microsoft/microsoft-graph-types';

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
