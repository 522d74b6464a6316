import { ok, type GraphResponse, type HandlerContext } from './context';
import { notFound } from './errors';
import { renderSite } from './shapes';
import type { SiteRow } from './store';

/** `{site-id}` is the composite id; a bare hostname addresses that host's root site. */
export function findSite(ctx: HandlerContext): SiteRow {
  const key = ctx.params[0] ?? '';
  const site = ctx.store.getSite(key) ?? (key.includes(',') ? undefined : hostRoot(ctx, key));
  if (!site) throw notFound('Requested site could not be found');
  return site;
}

function hostRoot(ctx: HandlerContext, hostname: string): SiteRow | undefined {
  const root = ctx.store.getRootSite();
  return root && root.hostname.toLowerCase() === hostname.toLowerCase() ? root : undefined;
}

export function getSite(ctx: HandlerContext): GraphResponse {
  const site = findSite(ctx);
  return ok({ '@odata.context': `${ctx.req.baseUrl}/v1.0/$metadata#sites/$entity`, ...renderSite(site) });
}
