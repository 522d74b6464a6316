import { assertCanWrite } from './auth';
import { defaultFor, SYSTEM_FIELDS, validateValue, type ColumnDef } from './columns';
import { isMultiChoice, validateMultiChoice } from './multi-choice';
import { linkWith, ok, type GraphResponse, type HandlerContext } from './context';
import { badRequest, GraphError, notFound } from './errors';
import { encodeSkipToken, planItemQuery } from './item-query';
import { findList } from './lists';
import { readQuery, type QueryOptions } from './odata';
import { itemETag, renderFields, renderItem, type ItemRenderOptions } from './shapes';
import type { ItemRow, ListRow, SiteRow } from './store';
import { isPlainObject, newGuid } from './util';

/** List items: list with filter and paging, get, create, update fields, delete. */

export function itemsContext(ctx: HandlerContext, site: SiteRow, list: ListRow): string {
  return `${ctx.req.baseUrl}/v1.0/$metadata#sites('${site.id}')/lists('${list.id}')/items`;
}

export function renderOptions(q: QueryOptions): ItemRenderOptions {
  const fields = q.expand.get('fields');
  for (const name of q.expand.keys()) {
    if (name !== 'fields') throw badRequest(`Expanding '${name}' on list items is not supported by the local Graph server.`, 'notSupported');
  }
  const options: ItemRenderOptions = {};
  if (fields) options.fields = fields.select ? { select: fields.select } : {};
  if (q.select) options.select = q.select;
  return options;
}

export function listItems(ctx: HandlerContext): GraphResponse {
  const { site, list } = findList(ctx);
  const columns = ctx.store.columns(list.id);
  const q = readQuery(ctx.req.query);
  const render = renderOptions(q);
  const plan = planItemQuery(ctx.store, list, columns, q, ctx.req.headers.prefer);
  const rows = ctx.store.queryItems(list.id, {
    filter: plan.filter,
    afterId: plan.afterId,
    order: plan.order ? { ...plan.order, offset: plan.offset } : undefined,
    limit: plan.pageSize + 1,
  });
  const page = rows.slice(0, plan.pageSize);
  const body: Record<string, unknown> = { '@odata.context': itemsContext(ctx, site, list) };
  if (rows.length > plan.pageSize) {
    const position = plan.order ? { offset: plan.offset + plan.pageSize } : { afterId: page.at(-1)!.id };
    body['@odata.nextLink'] = linkWith(ctx.req, { $skiptoken: encodeSkipToken(position) }, ['skiptoken']);
  }
  body.value = page.map((item) => renderItem(site, list, columns, item, render));
  return ok(body);
}

function findItem(ctx: HandlerContext, listId: string): ItemRow {
  const raw = ctx.params[2] ?? '';
  const item = /^\d{1,15}$/.test(raw) ? ctx.store.getItem(listId, Number(raw)) : undefined;
  if (!item) throw notFound('Item not found');
  return item;
}

/**
 * If-Match: `*` matches any existing item; otherwise the eTag must name the current
 * version. Compared without W/, quotes and braces so `"{GUID},3"` and `{GUID},3` agree.
 */
function checkIfMatch(ctx: HandlerContext, item: ItemRow): void {
  const header = ctx.req.headers['if-match'];
  if (header === undefined || header.trim() === '*') return;
  const norm = (tag: string): string => tag.trim().replace(/^W\//i, '').replace(/["{}]/g, '').toLowerCase();
  if (norm(header) !== norm(itemETag(item))) {
    throw new GraphError(412, 'resourceModified', "ETag does not match current item's value", 'entityTagDoesNotMatch');
  }
}

const columnLookup = new WeakMap<ColumnDef[], Map<string, ColumnDef>>();

function columnByName(columns: ColumnDef[], name: string): ColumnDef | undefined {
  let map = columnLookup.get(columns);
  if (!map) {
    map = new Map(columns.map((c) => [c.name.toLowerCase(), c]));
    columnLookup.set(columns, map);
  }
  return map.get(name.toLowerCase());
}

/** Validates a fieldValueSet against the list's columns; returns values keyed by column name. */
function validateFields(columns: ColumnDef[], body: unknown): Record<string, unknown> {
  if (!isPlainObject(body)) throw badRequest('The fields must be a JSON object.');
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key.includes('@odata.')) continue; // annotations such as "Tags@odata.type"
    const col = columnByName(columns, key);
    if (!col) {
      if (SYSTEM_FIELDS.has(key.toLowerCase())) throw badRequest(`Field '${key}' is read-only.`);
      throw badRequest(`Field '${key}' is not recognized`);
    }
    out[col.name] = isMultiChoice(col) ? validateMultiChoice(col, value, body[`${key}@odata.type`]) : validateValue(col, value);
  }
  return out;
}

function withoutNulls(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
}

export function getItem(ctx: HandlerContext): GraphResponse {
  const { site, list } = findList(ctx);
  const item = findItem(ctx, list.id);
  const render = renderOptions(readQuery(ctx.req.query));
  const body = renderItem(site, list, ctx.store.columns(list.id), item, render);
  return ok({ '@odata.context': `${itemsContext(ctx, site, list)}/$entity`, ...body }, 200, { ETag: itemETag(item) });
}

export function getFields(ctx: HandlerContext): GraphResponse {
  const { site, list } = findList(ctx);
  const item = findItem(ctx, list.id);
  const q = readQuery(ctx.req.query);
  const fields = renderFields(list, ctx.store.columns(list.id), item, q.select);
  return ok({ '@odata.context': `${itemsContext(ctx, site, list)}('${item.id}')/fields/$entity`, ...fields }, 200, { ETag: itemETag(item) });
}

/** `POST …/items` with `{"fields":{…}}` → 201 with the new item (fields included). */
export function createItem(ctx: HandlerContext): GraphResponse {
  assertCanWrite(ctx.caller);
  const { site, list } = findList(ctx);
  const columns = ctx.store.columns(list.id);
  const body = ctx.req.body;
  if (!isPlainObject(body)) throw badRequest('The request body must be a JSON object.');
  for (const key of Object.keys(body)) {
    if (key !== 'fields' && !key.startsWith('@odata.')) throw badRequest(`Property '${key}' cannot be set when creating a list item; send column values in 'fields'.`);
  }
  const given = validateFields(columns, body.fields ?? {});
  const fields: Record<string, unknown> = {};
  for (const col of columns) {
    const value = col.name in given ? given[col.name] : defaultFor(col);
    if (value !== undefined && value !== null) fields[col.name] = value;
  }
  const item = ctx.store.tx(() => ctx.store.insertItem(list.id, newGuid(), fields, ctx.caller.upn, ctx.now));
  const rendered = renderItem(site, list, columns, item, { fields: {} });
  return ok({ '@odata.context': `${itemsContext(ctx, site, list)}/$entity`, ...rendered }, 201, { ETag: itemETag(item) });
}

/** `PATCH …/items/{id}/fields` with bare values → 200 with the whole fieldValueSet. */
export function updateFields(ctx: HandlerContext): GraphResponse {
  assertCanWrite(ctx.caller);
  const { site, list } = findList(ctx);
  const columns = ctx.store.columns(list.id);
  const changes = validateFields(columns, ctx.req.body);
  const updated = ctx.store.tx(() => {
    const item = findItem(ctx, list.id);
    checkIfMatch(ctx, item);
    return ctx.store.updateItem(item, withoutNulls({ ...item.fields, ...changes }), ctx.caller.upn, ctx.now);
  });
  const fields = renderFields(list, columns, updated);
  return ok({ '@odata.context': `${itemsContext(ctx, site, list)}('${updated.id}')/fields/$entity`, ...fields }, 200, { ETag: itemETag(updated) });
}

export function deleteItem(ctx: HandlerContext): GraphResponse {
  assertCanWrite(ctx.caller);
  const { list } = findList(ctx);
  ctx.store.tx(() => {
    const item = findItem(ctx, list.id);
    checkIfMatch(ctx, item);
    ctx.store.deleteItem(item, ctx.caller.upn, ctx.now);
  });
  return { status: 204, headers: {} };
}
