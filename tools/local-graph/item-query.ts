import { valueType, type ColumnDef } from './columns';
import { badRequest, GraphError } from './errors';
import { compileFilter, conjuncts, parseFilter, parseOrderBy, type CompiledFilter, type ResolvedField } from './filter';
import type { QueryOptions } from './odata';
import { prefers } from './odata';
import { fieldExpr, type ListRow, type Store } from './store';
import { unknownField } from './field-names';
import { fromBase64Url, toBase64Url } from './util';

/**
 * Turns $filter / $orderby / $top / $skiptoken on list items into a storage query, applying
 * SharePoint's indexing rules:
 *
 * - A filter or orderby on a non-indexed column fails with 400 invalidRequest unless the
 *   request carries `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly` (Graph's message,
 *   quoted from microsoft-graph-docs#2279).
 * - With that header, on a list above the 5,000-item list view threshold the query still
 *   fails — unless its first `and` condition uses indexed columns only and narrows the
 *   result to 5,000 items or fewer, which is how SharePoint evaluates large lists.
 *   The issue text says the Prefer header "lets the query through"; Graph's documented and
 *   reported behaviour wins: PLATFORM-NOTES §1.4 gives the body (notSupported /
 *   tooManyResources) and the status is 429, as reported in msgraph-sdk-dotnet#827 for
 *   exactly this case. There is no Retry-After: retrying cannot help; index the column.
 */
export const LIST_VIEW_THRESHOLD = 5000;
export const PREFER_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';
export const DEFAULT_PAGE_SIZE = 200;
export const MAX_PAGE_SIZE = 5000;

export interface ItemQueryPlan {
  filter?: CompiledFilter;
  order?: { expr: string; descending: boolean };
  pageSize: number;
  /** Keyset position (id order) or offset ($orderby) decoded from $skiptoken. */
  afterId?: number;
  offset: number;
}

interface FieldRef {
  name: string;
  field: ResolvedField;
  indexed: boolean;
}

const SYSTEM_FILTERABLE: Record<string, FieldRef> = {
  id: { name: 'ID', field: { expr: 'id', type: 'number' }, indexed: true },
  created: { name: 'Created', field: { expr: 'created', type: 'dateTime' }, indexed: false },
  modified: { name: 'Modified', field: { expr: 'modified', type: 'dateTime' }, indexed: false },
};

export function resolveItemField(columns: ColumnDef[], path: string): FieldRef {
  if (path.toLowerCase() === 'id') return SYSTEM_FILTERABLE.id!;
  const m = /^fields\/([A-Za-z_][\w]*)$/.exec(path);
  if (!m) throw badRequest(`Filtering list items on '${path}' is not supported; use 'id' or 'fields/<column>'.`);
  const name = m[1]!;
  // Field names are case-sensitive, as in writes and $select.
  const system = name === 'id' ? SYSTEM_FILTERABLE.id : Object.values(SYSTEM_FILTERABLE).find((s) => s.name === name);
  if (system) return system;
  const col = columns.find((c) => c.name === name);
  if (!col) throw unknownField(name);
  return { name: col.name, field: { expr: fieldExpr(col.name), type: valueType(col), indexed: col.indexed }, indexed: col.indexed };
}

function notIndexedError(name: string): GraphError {
  return badRequest(
    `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${PREFER_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`,
  );
}

function thresholdError(): GraphError {
  return new GraphError(429, 'notSupported', 'The request is unprocessable because it uses too many resources', 'tooManyResources');
}

export function planItemQuery(store: Store, list: ListRow, columns: ColumnDef[], q: QueryOptions, preferHeader: string | undefined): ItemQueryPlan {
  const refs: FieldRef[] = [];
  const resolve = (path: string): ResolvedField => {
    const ref = resolveItemField(columns, path);
    refs.push(ref);
    return ref.field;
  };
  const node = q.filter ? parseFilter(q.filter) : undefined;
  const filter = node ? compileFilter(node, resolve) : undefined;
  let order: ItemQueryPlan['order'];
  if (q.orderby) {
    const ob = parseOrderBy(q.orderby);
    order = { expr: resolve(ob.path).expr, descending: ob.descending };
  }

  const nonIndexed = refs.find((r) => !r.indexed);
  if (nonIndexed) {
    if (!prefers(preferHeader, PREFER_NON_INDEXED)) throw notIndexedError(nonIndexed.name);
    if (list.itemCount > LIST_VIEW_THRESHOLD && !narrowedByIndex(store, list, columns, node)) throw thresholdError();
  }

  const pageSize = Math.min(q.top ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  if (pageSize < 1) throw badRequest('$top must be at least 1.');
  const plan: ItemQueryPlan = { pageSize, offset: 0 };
  if (filter) plan.filter = filter;
  if (order) plan.order = order;
  if (q.skiptoken !== undefined) Object.assign(plan, decodeSkipToken(q.skiptoken, order !== undefined));
  return plan;
}

/** True when the first top-level condition uses only indexed fields and matches ≤ threshold items. */
function narrowedByIndex(store: Store, list: ListRow, columns: ColumnDef[], node: ReturnType<typeof parseFilter> | undefined): boolean {
  if (!node) return false;
  const first = conjuncts(node)[0]!;
  let allIndexed = true;
  const compiled = compileFilter(first, (path) => {
    const ref = resolveItemField(columns, path);
    if (!ref.indexed) allIndexed = false;
    return ref.field;
  });
  if (!allIndexed || first.type === 'or') return false;
  return store.countItems(list.id, compiled, LIST_VIEW_THRESHOLD + 1) <= LIST_VIEW_THRESHOLD;
}

/** Opaque to clients; shaped like SharePoint's own (`Paged=TRUE&p_ID=…`). */
export function encodeSkipToken(position: { afterId?: number; offset?: number }): string {
  return toBase64Url(position.offset !== undefined ? `Paged=TRUE&p_Offset=${position.offset}` : `Paged=TRUE&p_ID=${position.afterId}`);
}

function decodeSkipToken(token: string, ordered: boolean): { afterId?: number; offset?: number } {
  const text = fromBase64Url(token) ?? '';
  const id = /^Paged=TRUE&p_ID=(\d{1,15})$/.exec(text);
  if (id && !ordered) return { afterId: Number(id[1]) };
  const offset = /^Paged=TRUE&p_Offset=(\d{1,15})$/.exec(text);
  if (offset && ordered) return { offset: Number(offset[1]) };
  throw badRequest('The $skiptoken is not valid for this request.');
}
