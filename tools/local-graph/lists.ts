import { assertCanWrite } from './auth';
import { columnFromBody, patchColumn, renderColumn, SYSTEM_FIELDS, titleColumn, type ColumnDef } from './columns';
import { ok, type GraphResponse, type HandlerContext } from './context';
import { badRequest, GraphError, notFound } from './errors';
import { parseFilter } from './filter';
import { readQuery, type ExpandOptions } from './odata';
import { renderItem, renderList } from './shapes';
import { findSite } from './sites';
import type { ListRow, SiteRow } from './store';
import { isPlainObject, newGuid } from './util';

/** SharePoint allows at most 20 indexed columns per list. */
const MAX_INDEXED_COLUMNS = 20;

export function findList(ctx: HandlerContext): { site: SiteRow; list: ListRow } {
  const site = findSite(ctx);
  const list = ctx.store.findList(site.id, ctx.params[1] ?? '');
  if (!list) throw notFound('The specified list was not found');
  return { site, list };
}

function listsContext(ctx: HandlerContext, site: SiteRow): string {
  return `${ctx.req.baseUrl}/v1.0/$metadata#sites('${site.id}')/lists`;
}

function project(obj: Record<string, unknown>, select: string[] | undefined): Record<string, unknown> {
  if (!select) return obj;
  const wanted = new Set(select.map((s) => s.toLowerCase()));
  return Object.fromEntries(Object.entries(obj).filter(([k]) => k.startsWith('@odata.') || wanted.has(k.toLowerCase())));
}

/** `GET /sites/{id}/lists`: Graph filters lists on displayName only. */
export function listLists(ctx: HandlerContext): GraphResponse {
  const site = findSite(ctx);
  const q = readQuery(ctx.req.query);
  let lists = ctx.store.listsOfSite(site.id);
  if (q.filter) {
    const node = parseFilter(q.filter);
    if (
      node.type !== 'compare' ||
      node.op !== 'eq' ||
      node.left.type !== 'path' ||
      node.left.path !== 'displayName' ||
      node.right.type !== 'literal' ||
      node.right.literal.kind !== 'string'
    ) {
      throw badRequest('The provided filter statement is not supported');
    }
    const wanted = node.right.literal.value.toLowerCase();
    lists = lists.filter((l) => l.displayName.toLowerCase() === wanted);
  }
  const value = lists.map((l) => project(withExpansions(ctx, site, l, q.expand), q.select));
  return ok({ '@odata.context': listsContext(ctx, site), value });
}

export function getList(ctx: HandlerContext): GraphResponse {
  const { site, list } = findList(ctx);
  const q = readQuery(ctx.req.query);
  const body = project(withExpansions(ctx, site, list, q.expand), q.select ? [...q.select, ...q.expand.keys()] : undefined);
  return ok({ '@odata.context': `${listsContext(ctx, site)}/$entity`, ...body });
}

/** `$expand=columns(select=…),items(expand=fields(select=…))` on a list. */
function withExpansions(ctx: HandlerContext, site: SiteRow, list: ListRow, expand: Map<string, ExpandOptions>): Record<string, unknown> {
  const out = renderList(site, list);
  for (const [name, opts] of expand) {
    if (name === 'columns') {
      out.columns = ctx.store.columns(list.id).map((c) => project(renderColumn(c), opts.select));
    } else if (name === 'items') {
      const columns = ctx.store.columns(list.id);
      const fields = opts.expand.get('fields');
      out.items = ctx.store
        .queryItems(list.id, { limit: 200 })
        .map((item) => project(renderItem(site, list, columns, item, { fields: fields ? { select: fields.select } : undefined }), opts.select ? [...opts.select, 'fields'] : undefined));
    } else {
      throw badRequest(`Expanding '${name}' on a list is not supported by the local Graph server.`, 'notSupported');
    }
  }
  return out;
}

function nameTaken(columns: ColumnDef[], name: string): boolean {
  const lower = name.toLowerCase();
  return SYSTEM_FIELDS.has(lower) || columns.some((c) => c.name.toLowerCase() === lower);
}

function columnConflict(name: string): GraphError {
  return new GraphError(409, 'nameAlreadyExists', `A column named '${name}' already exists in this list.`);
}

function checkIndexBudget(columns: ColumnDef[]): void {
  if (columns.filter((c) => c.indexed).length > MAX_INDEXED_COLUMNS) {
    throw badRequest(`A list can have at most ${MAX_INDEXED_COLUMNS} indexed columns.`);
  }
}

/** `POST /sites/{id}/lists` with displayName, optional columns and list.template. */
export function createList(ctx: HandlerContext): GraphResponse {
  assertCanWrite(ctx.caller);
  const site = findSite(ctx);
  const body = ctx.req.body;
  if (!isPlainObject(body)) throw badRequest('The request body must be a JSON object.');
  const displayName = body.displayName;
  if (typeof displayName !== 'string' || !displayName.trim()) throw badRequest("The list's displayName is required.");
  const name = typeof body.name === 'string' && body.name.trim() ? body.name.trim() : displayName.replace(/[~"#%&*:<>?/\\{|}]/g, '').trim();
  const template = isPlainObject(body.list) && typeof body.list.template === 'string' ? body.list.template : 'genericList';
  if (template !== 'genericList') {
    throw badRequest(`List template '${template}' is not supported by the local Graph server (genericList only).`, 'notSupported');
  }
  if (body.columns !== undefined && !Array.isArray(body.columns)) throw badRequest("'columns' must be an array.");

  const columns: ColumnDef[] = [titleColumn(newGuid())];
  for (const raw of (body.columns as unknown[] | undefined) ?? []) {
    const col = columnFromBody(raw, newGuid());
    if (nameTaken(columns, col.name)) throw columnConflict(col.name);
    columns.push(col);
  }
  checkIndexBudget(columns);

  const list: Omit<ListRow, 'itemCount'> = {
    id: newGuid(),
    siteId: site.id,
    name,
    displayName,
    description: typeof body.description === 'string' ? body.description : '',
    template,
    created: ctx.now,
    modified: ctx.now,
    createdBy: ctx.caller.upn,
    modifiedBy: ctx.caller.upn,
  };
  ctx.store.tx(() => {
    // Checked inside the transaction so two concurrent creates cannot both succeed.
    if (ctx.store.findList(site.id, displayName) || ctx.store.findList(site.id, name)) {
      throw new GraphError(409, 'nameAlreadyExists', 'The specified name is already in use.');
    }
    ctx.store.insertList(list, columns);
  });
  const created = ctx.store.findList(site.id, list.id)!;
  return ok({ '@odata.context': `${listsContext(ctx, site)}/$entity`, ...renderList(site, created) }, 201);
}

function columnsContext(ctx: HandlerContext, site: SiteRow, list: ListRow): string {
  return `${ctx.req.baseUrl}/v1.0/$metadata#sites('${site.id}')/lists('${list.id}')/columns`;
}

export function listColumns(ctx: HandlerContext): GraphResponse {
  const { site, list } = findList(ctx);
  const q = readQuery(ctx.req.query);
  const value = ctx.store.columns(list.id).map((c) => project(renderColumn(c), q.select));
  return ok({ '@odata.context': columnsContext(ctx, site, list), value });
}

function findColumn(ctx: HandlerContext, listId: string): ColumnDef {
  const key = (ctx.params[2] ?? '').toLowerCase();
  const col = ctx.store.columns(listId).find((c) => c.id.toLowerCase() === key || c.name.toLowerCase() === key);
  if (!col) throw notFound('The specified column was not found');
  return col;
}

export function getColumn(ctx: HandlerContext): GraphResponse {
  const { site, list } = findList(ctx);
  const col = findColumn(ctx, list.id);
  return ok({ '@odata.context': `${columnsContext(ctx, site, list)}/$entity`, ...renderColumn(col) });
}

export function createColumn(ctx: HandlerContext): GraphResponse {
  assertCanWrite(ctx.caller);
  const { site, list } = findList(ctx);
  const col = columnFromBody(ctx.req.body, newGuid());
  ctx.store.tx(() => {
    const existing = ctx.store.columns(list.id);
    if (nameTaken(existing, col.name)) throw columnConflict(col.name);
    checkIndexBudget([...existing, col]);
    ctx.store.insertColumn(list.id, col);
    ctx.store.touchList(list.id, ctx.now, ctx.caller.upn);
  });
  return ok({ '@odata.context': `${columnsContext(ctx, site, list)}/$entity`, ...renderColumn(col) }, 201);
}

/** `PATCH …/columns/{id}`, chiefly to set `indexed`, which creates the backing index. */
export function updateColumn(ctx: HandlerContext): GraphResponse {
  assertCanWrite(ctx.caller);
  const { site, list } = findList(ctx);
  const col = findColumn(ctx, list.id);
  const next = patchColumn(col, ctx.req.body);
  ctx.store.tx(() => {
    checkIndexBudget(ctx.store.columns(list.id).map((c) => (c.id === next.id ? next : c)));
    ctx.store.updateColumn(list.id, next);
    ctx.store.touchList(list.id, ctx.now, ctx.caller.upn);
  });
  return ok({ '@odata.context': `${columnsContext(ctx, site, list)}/$entity`, ...renderColumn(next) });
}
