/** OData pieces for list-item queries, built in one place so quoting is never done ad hoc. */

export type FilterValue = string | number | boolean;

/** An OData literal: strings single-quoted with embedded quotes doubled. */
export function literal(value: FilterValue): string {
  return typeof value === 'string' ? `'${value.replace(/'/g, "''")}'` : String(value);
}

/**
 * `fields/Column eq value`. SharePoint filters one indexed column at a time, so queries in this
 * app compare a single indexed column and nothing else.
 */
export function fieldEquals(column: string, value: FilterValue): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(column)) throw new Error(`Not a column name: ${column}`);
  return `fields/${column} eq ${literal(value)}`;
}

export interface ItemsQuery {
  /** Column internal names to return inside `fields`. */
  readonly select: readonly string[];
  readonly filter?: string;
  /** Page size; the service may return fewer and a nextLink. */
  readonly top?: number;
}

/**
 * `?$select=id,eTag&$expand=fields($select=…)&$filter=…&$top=…`, values URL-encoded. Only the
 * item's id and eTag are asked for besides its fields: the rest (who, when, links) would
 * roughly double every page.
 */
export function itemsQueryString(query: ItemsQuery): string {
  const parts = ['$select=id,eTag', `$expand=fields($select=${query.select.map(encodeURIComponent).join(',')})`];
  if (query.filter) parts.push(`$filter=${encodeURIComponent(query.filter)}`);
  if (query.top !== undefined) parts.push(`$top=${query.top}`);
  return `?${parts.join('&')}`;
}
