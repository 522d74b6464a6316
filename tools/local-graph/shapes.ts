import { identitySet, userLookupIdFor } from './auth';
import type { ColumnDef } from './columns';
import type { ItemRow, ListRow, SiteRow } from './store';

/** JSON shapes of sites, lists and list items as Graph returns them (see corpus.json). */

export function siteWebUrl(site: SiteRow): string {
  return `https://${site.hostname}${site.path === '/' ? '' : site.path}`;
}

export function renderSite(site: SiteRow): Record<string, unknown> {
  const out: Record<string, unknown> = {
    createdDateTime: site.created,
    description: site.description,
    id: site.id,
    lastModifiedDateTime: site.modified,
    name: site.name,
    webUrl: siteWebUrl(site),
    displayName: site.displayName,
  };
  if (site.isRoot) out.root = {};
  out.siteCollection = { hostname: site.hostname };
  return out;
}

export function listWebUrl(site: SiteRow, list: ListRow): string {
  return `${siteWebUrl(site)}/Lists/${encodeURIComponent(list.name)}`;
}

export function renderList(site: SiteRow, list: ListRow): Record<string, unknown> {
  return {
    createdDateTime: list.created,
    description: list.description,
    id: list.id,
    lastModifiedDateTime: list.modified,
    name: list.name,
    webUrl: listWebUrl(site, list),
    displayName: list.displayName,
    createdBy: identitySet(list.createdBy),
    lastModifiedBy: identitySet(list.modifiedBy),
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
}

/** `"{GUID},N"` including the quotes: the GUID is fixed for the item's life, N counts writes. */
export function itemETag(item: ItemRow): string {
  return `"{${item.guid.toUpperCase()}},${item.version}"`;
}

export function contentTypeId(list: ListRow): string {
  return `0x0100${list.id.replace(/-/g, '').toUpperCase()}`;
}

/** System fields in the order SharePoint lists them after the custom columns. */
function systemFields(list: ListRow, item: ItemRow): [string, unknown][] {
  const title = typeof item.fields.Title === 'string' ? item.fields.Title : '';
  return [
    ['id', String(item.id)],
    ['ContentType', 'Item'],
    ['Modified', item.modified],
    ['Created', item.created],
    ['AuthorLookupId', String(userLookupIdFor(item.author))],
    ['EditorLookupId', String(userLookupIdFor(item.editor))],
    ['_UIVersionString', `${item.version}.0`],
    ['Attachments', false],
    ['Edit', ''],
    ['LinkTitleNoMenu', title],
    ['LinkTitle', title],
    ['ItemChildCount', '0'],
    ['FolderChildCount', '0'],
  ];
}

/**
 * The fieldValueSet. Without $select: every non-hidden column that has a value (SharePoint
 * omits empty ones) plus system fields. With $select: just the named fields (names are
 * case-sensitive and checked beforehand, see items.ts), hidden ones included.
 */
export function renderFields(list: ListRow, columns: ColumnDef[], item: ItemRow, select?: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { '@odata.etag': itemETag(item) };
  const system = systemFields(list, item);
  if (select) {
    const wanted = new Set(select);
    for (const col of columns) {
      const value = item.fields[col.name];
      if (wanted.has(col.name) && value !== undefined && value !== null) out[col.name] = value;
    }
    for (const [name, value] of system) if (wanted.has(name)) out[name] = value;
    return out;
  }
  for (const col of columns) {
    const value = item.fields[col.name];
    if (!col.hidden && value !== undefined && value !== null) out[col.name] = value;
  }
  for (const [name, value] of system) out[name] = value;
  return out;
}

export interface ItemRenderOptions {
  /** Present when `$expand=fields` was asked for; `select` inside it narrows the fields. */
  fields?: { select?: string[] };
  /** Top-level `$select` on listItem properties. */
  select?: string[];
}

export function renderItem(site: SiteRow, list: ListRow, columns: ColumnDef[], item: ItemRow, options: ItemRenderOptions): Record<string, unknown> {
  const eTag = itemETag(item);
  let out: Record<string, unknown> = {
    '@odata.etag': eTag,
    createdDateTime: item.created,
    eTag,
    id: String(item.id),
    lastModifiedDateTime: item.modified,
    webUrl: `${listWebUrl(site, list)}/DispForm.aspx?ID=${item.id}`,
    createdBy: identitySet(item.author),
    lastModifiedBy: identitySet(item.editor),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: contentTypeId(list), name: 'Item' },
  };
  if (options.select) {
    const wanted = new Set(options.select.map((s) => s.toLowerCase()));
    out = Object.fromEntries(Object.entries(out).filter(([k]) => k === '@odata.etag' || wanted.has(k.toLowerCase())));
  }
  if (options.fields) out.fields = renderFields(list, columns, item, options.fields.select);
  return out;
}

/** A deleted item in a delta feed: only its id, where it was, and the tombstone. */
export function renderDeleted(site: SiteRow, list: ListRow, itemId: number): Record<string, unknown> {
  return {
    id: String(itemId),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: contentTypeId(list), name: 'Item' },
    deleted: { state: 'deleted' },
  };
}
