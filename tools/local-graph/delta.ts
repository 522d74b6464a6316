import { linkWith, ok, type GraphResponse, type HandlerContext } from './context';
import { GraphError } from './errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './item-query';
import { renderOptions } from './items';
import { findList } from './lists';
import { readQuery } from './odata';
import { renderDeleted, renderItem } from './shapes';
import { fromBase64Url, toBase64Url } from './util';

/**
 * `GET …/items/delta`, driven by the change log (one row per item, monotonic seq):
 * - no token: enumerate current items in pages (nextLink), then a deltaLink whose token is
 *   the change seq taken when the enumeration started, so changes made meanwhile come again;
 * - `token=latest`: an empty page and a deltaLink at the current seq;
 * - a deltaLink token: items changed since, latest state each, deleted ones as tombstones.
 * A token this server cannot use → 410 Gone, resyncRequired, and a Location header with a
 * link that starts a fresh enumeration (listitem-delta.md).
 */
type Token = { mode: 'enumerate'; listId: string; snapshot: number; afterId: number } | { mode: 'changes'; listId: string; since: number };

function encode(token: Token): string {
  const text = token.mode === 'enumerate' ? `E|${token.listId}|${token.snapshot}|${token.afterId}` : `C|${token.listId}|${token.since}`;
  return toBase64Url(text);
}

function decode(raw: string): Token | undefined {
  const parts = (fromBase64Url(raw) ?? '').split('|');
  const num = (s: string | undefined): number => (s !== undefined && /^\d{1,15}$/.test(s) ? Number(s) : NaN);
  if (parts[0] === 'E' && parts.length === 4) {
    const t: Token = { mode: 'enumerate', listId: parts[1]!, snapshot: num(parts[2]), afterId: num(parts[3]) };
    return Number.isNaN(t.snapshot) || Number.isNaN(t.afterId) ? undefined : t;
  }
  if (parts[0] === 'C' && parts.length === 3) {
    const t: Token = { mode: 'changes', listId: parts[1]!, since: num(parts[2]) };
    return Number.isNaN(t.since) ? undefined : t;
  }
  return undefined;
}

export function itemsDelta(ctx: HandlerContext): GraphResponse {
  const { site, list } = findList(ctx);
  const columns = ctx.store.columns(list.id);
  const q = readQuery(ctx.req.query);
  const render = renderOptions(q, columns);
  const pageSize = Math.min(q.top ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const current = ctx.store.maxSeq();
  const link = (token: Token): string => linkWith(ctx.req, { token: encode(token) });
  const body: Record<string, unknown> = { '@odata.context': `${ctx.req.baseUrl}/v1.0/$metadata#Collection(listItem)` };

  let token: Token | undefined;
  if (q.token === undefined) token = { mode: 'enumerate', listId: list.id, snapshot: current, afterId: 0 };
  else if (q.token.toLowerCase() === 'latest') token = { mode: 'changes', listId: list.id, since: current };
  else token = decode(q.token);

  const stale = !token || token.listId !== list.id || (token.mode === 'enumerate' ? token.snapshot : token.since) > current;
  if (stale || !token) {
    throw new GraphError(
      410,
      'resyncRequired',
      'The delta token is not valid or has expired. Start a new enumeration from the link in the Location header.',
      'resyncChangesApplyDifferences',
      { Location: linkWith(ctx.req, {}, ['token']) },
    );
  }

  if (q.token !== undefined && q.token.toLowerCase() === 'latest') {
    return ok({ ...body, value: [], '@odata.deltaLink': link(token) });
  }

  if (token.mode === 'enumerate') {
    const rows = ctx.store.queryItems(list.id, { afterId: token.afterId, limit: pageSize + 1 });
    const page = rows.slice(0, pageSize);
    const value = page.map((item) => renderItem(site, list, columns, item, render));
    if (rows.length > pageSize) return ok({ ...body, value, '@odata.nextLink': link({ ...token, afterId: page.at(-1)!.id }) });
    return ok({ ...body, value, '@odata.deltaLink': link({ mode: 'changes', listId: list.id, since: token.snapshot }) });
  }

  const changes = ctx.store.changesSince(list.id, token.since, pageSize + 1);
  const page = changes.slice(0, pageSize);
  const value = page.map((c) => (c.item ? renderItem(site, list, columns, c.item, render) : renderDeleted(site, list, c.itemId)));
  if (changes.length > pageSize) return ok({ ...body, value, '@odata.nextLink': link({ ...token, since: page.at(-1)!.seq }) });
  return ok({ ...body, value, '@odata.deltaLink': link({ mode: 'changes', listId: list.id, since: current }) });
}
