import { assertCanWrite } from './auth';
import { defaultFor, SYSTEM_FIELD_NAMES, validateValue, type ColumnDef } from './columns';
import { unknownField } from './field-names';
import { checkWritePreconditions, notModified } from './preconditions';
import { isMultiChoice, validateMultiChoice } from './multi-choice';
import { linkWith, ok, type GraphResponse, type HandlerContext } from './context';
import { badRequest, notFound } from './errors';
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

/** listItem properties a top-level $select may name (listitem.md); names compare without case, as OData's resolver does on Graph. */
const ITEM_PROPERTIES = new Set(
  ['id', 'eTag', 'createdDateTime', 'lastModifiedDateTime', 'webUrl', 'createdBy', 'lastModifiedBy', 'parentReference', 'contentType', 'fields', 'sharepointIds', 'name', 'description', 'createdByUser', 'lastModifiedByUser', 'versions', 'analytics', 'driveItem', 'deleted'].map((p) => p.toLowerCase()),
);

export function renderOptions(q: QueryOptions, columns: ColumnDef[]): ItemRenderOptions {
  const fields = q.expand.get('fields');
  for (const name of q.expand.keys()) {
    if (name !== 'fields') throw badRequest(`Expanding '${name}' on a list item is not supported by the local Graph server.`, 'notSupported');
  }
  for (const name of q.select ?? []) {
    if (!ITEM_PROPERTIES.has(name.toLowerCase())) throw badRequest(`Could not find a property named '${name}' on type 'microsoft.graph.listItem'.`, 'BadRequest');
  }
  for (const name of fields?.select ?? []) {
    if (!columnByName(columns, name) && !SYSTEM_FIELD_NAMES.has(name)) throw unknownField(name);
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
  const render = renderOptions(q, columns);
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

const columnLookup = new WeakMap<ColumnDef[], Map<string, ColumnDef>>();

function columnByName(columns: ColumnDef[], name: string): ColumnDef | undefined {
  let map = columnLookup.get(columns);
  if (!map) {
    map = new Map(columns.map((c) => [c.name, c]));
    columnLookup.set(columns, map);
  }
  return map.get(name);
}

/** Validates a fieldValueSet against the list's columns; returns values keyed by column name. */
function validateFields(columns: ColumnDef[], body: unknown): Record<string, unknown> {
  if (!isPlainObject(body)) throw badRequest('The fields must be a JSON object.');
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key.includes('@odata.')) continue; // annotations such as "Tags@odata.type"
    const col = columnByName(columns, key);
    if (!col) {
      if (SYSTEM_FIELD_NAMES.has(key)) throw badRequest(`Field '${key}' is read-only.`);
      throw unknownField(key);
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
  const columns = ctx.store.columns(list.id);
  const render = renderOptions(readQuery(ctx.req.query), columns);
  if (notModified(ctx.req.headers, itemETag(item))) return { status: 304, headers: { ETag: itemETag(item) } };
  const body = renderItem(site, list, columns, item, render);
  return ok({ '@odata.context': `${itemsContext(ctx, site, list)}/$entity`, ...body }, 200, { ETag: itemETag(item) });
}

export function getFields(ctx: HandlerContext): GraphResponse {
  const { site, list } = findList(ctx);
  const item = findItem(ctx, list.id);
  const q = readQuery(ctx.req.query);
  const columns = ctx.store.columns(list.id);
  for (const name of q.select ?? []) if (!columnByName(columns, name) && !SYSTEM_FIELD_NAMES.has(name)) throw unknownField(name);
  const fields = renderFields(list, columns, item, q.select);
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
  const item = ctx.store.tx(() => {
    assertUnique(ctx, list.id, columns, fields, 0);
    return ctx.store.insertItem(list.id, newGuid(), fields, ctx.caller.upn, ctx.now);
  });
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
    checkWritePreconditions(ctx.req.headers, itemETag(item));
    const next = withoutNulls({ ...item.fields, ...changes });
    assertUnique(ctx, list.id, columns.filter((c) => c.name in changes), next, item.id);
    return ctx.store.updateItem(item, next, ctx.caller.upn, ctx.now);
  });
  const fields = renderFields(list, columns, updated);
  return ok({ '@odata.context': `${itemsContext(ctx, site, list)}('${updated.id}')/fields/$entity`, ...fields }, 200, { ETag: itemETag(updated) });
}

export function deleteItem(ctx: HandlerContext): GraphResponse {
  assertCanWrite(ctx.caller);
  const { list } = findList(ctx);
  ctx.store.tx(() => {
    const item = findItem(ctx, list.id);
    checkWritePreconditions(ctx.req.headers, itemETag(item));
    ctx.store.deleteItem(item, ctx.caller.upn, ctx.now);
  });
  return { status: 204, headers: {} };
}

/**
 * enforceUniqueValues, checked inside the write's transaction so two concurrent writes cannot
 * both pass. SharePoint's answer through Graph is 400 invalidRequest with this message (reported:
 * see tools/local-graph/README.md); the status is not documented.
 */
function assertUnique(ctx: HandlerContext, listId: string, columns: ColumnDef[], fields: Record<string, unknown>, itemId: number): void {
  for (const col of columns) {
    const value = fields[col.name];
    if (!col.enforceUniqueValues || value === undefined || value === null || value === '') continue;
    if (ctx.store.findDuplicate(listId, col.name, value, itemId) !== undefined) {
      throw badRequest('One or more fields with unique constraints already has the provided value.');
    }
  }
}
