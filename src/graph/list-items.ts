import type { ListItem } from '@microsoft/microsoft-graph-types';

import type { GraphClient } from './graph-client';
import { abortableSleep } from './middleware/retry-after';
import { fieldEquals, type ItemsQuery, itemsQueryString } from './odata';
import { ConflictError, GraphError, isAmbiguous, isNotFound } from '../shared/service-error';
import type { ItemVersion } from '../shared/versioned';

/**
 * Generic SharePoint list-item operations. Every item the app creates carries a client-generated
 * key in the indexed, unique column `WaypointKey`, so a create whose outcome is unknown can be
 * looked up instead of repeated, and every update or delete quotes the eTag it was based on.
 */
export const KEY_COLUMN = 'WaypointKey';

export interface ListRef {
  readonly siteId: string;
  readonly listId: string;
}

export type Fields = Readonly<Record<string, unknown>>;

/** A list item reduced to what the app uses. */
export interface Item {
  readonly id: string;
  readonly eTag: string;
  readonly fields: Fields;
}

export interface ItemsPage {
  readonly value?: ListItem[];
  readonly '@odata.nextLink'?: string;
  readonly '@odata.deltaLink'?: string;
}

interface Signalled {
  readonly signal?: AbortSignal;
}

export const itemsPath = (list: ListRef): string =>
  `/sites/${encodeURIComponent(list.siteId).replace(/%2C/gi, ',')}/lists/${encodeURIComponent(list.listId)}/items`;
export const itemPath = (list: ListRef, itemId: string): string => `${itemsPath(list)}/${encodeURIComponent(itemId)}`;
export const itemsUrl = (list: ListRef, query: ItemsQuery): string => `${itemsPath(list)}${itemsQueryString(query)}`;
export const itemUrl = (list: ListRef, itemId: string, select: readonly string[]): string =>
  `${itemPath(list, itemId)}?$select=id,eTag&$expand=fields($select=${withKey(select).join(',')})`;
export const keyQuery = (select: readonly string[], key: string): ItemsQuery => ({
  select: withKey(select),
  filter: fieldEquals(KEY_COLUMN, key),
  top: 2,
});

export function withKey(select: readonly string[]): string[] {
  return select.includes(KEY_COLUMN) ? [...select] : [KEY_COLUMN, ...select];
}

/** Normalises a listItem: eTag from the item, or from its fields when only they came back. */
export function toItem(raw: ListItem): Item {
  const fields = (raw.fields ?? {}) as Record<string, unknown>;
  const eTag = raw.eTag ?? (fields['@odata.etag'] as string | undefined) ?? '';
  return { id: String(raw.id ?? fields['id'] ?? ''), eTag, fields };
}

/** Every item matching `query`, following `@odata.nextLink` exactly as the service gave it. */
export async function getAllItems(graph: GraphClient, list: ListRef, query: ItemsQuery, options: Signalled = {}): Promise<Item[]> {
  const items: Item[] = [];
  let url: string | undefined = itemsUrl(list, query);
  while (url) {
    const page: ItemsPage = (await graph.send<ItemsPage>({ method: 'GET', url, ...signalOf(options) })).body ?? {};
    for (const raw of page.value ?? []) items.push(toItem(raw));
    url = page['@odata.nextLink'];
  }
  return items;
}

export async function getItem(
  graph: GraphClient,
  list: ListRef,
  itemId: string,
  select: readonly string[],
  options: Signalled = {},
): Promise<Item | null> {
  try {
    return toItem((await graph.send<ListItem>({ method: 'GET', url: itemUrl(list, itemId, select), ...signalOf(options) })).body);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

export async function findByKey(
  graph: GraphClient,
  list: ListRef,
  key: string,
  select: readonly string[],
  options: Signalled = {},
): Promise<Item | null> {
  const [first] = await getAllItems(graph, list, keyQuery(select, key), options);
  return first ?? null;
}

export interface CreateOptions extends Signalled {
  /** Columns to compare when the key already exists, and to return. */
  readonly select: readonly string[];
  /** Attempts when the outcome stays unknown (503/504, dropped connection). */
  readonly maxAttempts?: number;
}

/**
 * Creates an item whose `fields` include `WaypointKey`. If the outcome is unknown, or the key
 * already exists, the key is looked up: an item holding what we wrote is ours (the earlier
 * attempt landed); a different one is a ConflictError; none means we may safely try again.
 */
export async function createItem(graph: GraphClient, list: ListRef, fields: Fields, options: CreateOptions): Promise<Item> {
  const key = keyOf(fields);
  const maxAttempts = options.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    let failure: GraphError;
    try {
      const response = await graph.send<ListItem>({ method: 'POST', url: itemsPath(list), body: { fields }, ...signalOf(options) });
      return withFallbackFields(toItem(response.body), fields);
    } catch (error) {
      if (!(error instanceof GraphError) || !(isAmbiguous(error) || isDuplicateKey(error))) throw error;
      failure = error;
    }
    const existing = await findByKey(graph, list, key, options.select, options);
    if (existing) {
      if (fieldsMatch(fields, existing.fields)) return existing;
      throw new ConflictError<Fields>({ ours: fields, basedOn: null, theirs: versionedItem(existing) });
    }
    if (isDuplicateKey(failure) || attempt >= maxAttempts) throw failure;
    await abortableSleep(Math.ceil((failure.retryAfterSeconds ?? 0.5 * 2 ** (attempt - 1)) * 1000), options.signal);
  }
}

export interface UpdateOptions extends Signalled {
  /** Columns to return in a ConflictError's `theirs`. */
  readonly select: readonly string[];
}

/**
 * Changes the given columns only if the item is still at `version`; 412 becomes a ConflictError
 * with the server's current item. Never a silent overwrite.
 */
export async function updateItem(
  graph: GraphClient,
  list: ListRef,
  version: ItemVersion,
  fields: Fields,
  options: UpdateOptions,
): Promise<Item> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await graph.send<Record<string, unknown>>({
        method: 'PATCH',
        url: `${itemPath(list, version.itemId)}/fields`,
        body: fields,
        headers: { 'If-Match': version.eTag },
        // The middleware must not repeat this blindly: after an unknown outcome we look first.
        idempotent: false,
        ...signalOf(options),
      });
      return afterUpdate(graph, list, version, fields, response.body, response.headers, options);
    } catch (error) {
      if (!(error instanceof GraphError)) throw error;
      if (error.status !== 412 && !(isAmbiguous(error) && attempt < 5)) throw error;
      const current = await getItem(graph, list, version.itemId, options.select, options);
      // An earlier attempt of ours landed and the answer was lost: that is success, not a conflict.
      if (current && fieldsMatch(fields, current.fields) && current.eTag !== version.eTag) return current;
      if (current && current.eTag === version.eTag && error.status !== 412) continue;
      throw new ConflictError<Fields>({
        ours: fields,
        basedOn: version,
        theirs: current ? versionedItem(current) : null,
        ...(error.requestId ? { requestId: error.requestId } : {}),
      });
    }
  }
}

/** Deletes only if the item is still at `version`. Already gone counts as done. */
export async function deleteItem(
  graph: GraphClient,
  list: ListRef,
  version: ItemVersion,
  options: UpdateOptions,
): Promise<void> {
  try {
    await graph.send({ method: 'DELETE', url: itemPath(list, version.itemId), headers: { 'If-Match': version.eTag }, ...signalOf(options) });
  } catch (error) {
    if (isNotFound(error)) return;
    if (!(error instanceof GraphError) || error.status !== 412) throw error;
    const current = await getItem(graph, list, version.itemId, options.select, options);
    if (!current) return;
    throw new ConflictError<Fields>({ ours: {}, basedOn: version, theirs: versionedItem(current) });
  }
}

/** The new version after a PATCH: the service returns the field set with its `@odata.etag`. */
async function afterUpdate(
  graph: GraphClient,
  list: ListRef,
  version: ItemVersion,
  fields: Fields,
  body: Record<string, unknown> | undefined,
  headers: Headers,
  options: UpdateOptions,
): Promise<Item> {
  const eTag = (body?.['@odata.etag'] as string | undefined) ?? headers.get('etag') ?? undefined;
  if (eTag) return { id: version.itemId, eTag, fields: { ...fields, ...body } };
  // Only if the service gave no eTag back do we pay a read for it.
  const current = await getItem(graph, list, version.itemId, options.select, options);
  if (!current) throw new GraphError({ status: 404, code: 'itemNotFound', message: 'The item was deleted just after it was saved' });
  return current;
}

export function keyOf(fields: Fields): string {
  const key = fields[KEY_COLUMN];
  if (typeof key !== 'string' || !key) throw new Error(`A created item needs a ${KEY_COLUMN}`);
  return key;
}

export const versionedItem = (item: Item): { value: Fields; itemId: string; eTag: string } => ({
  value: item.fields,
  itemId: item.id,
  eTag: item.eTag,
});

/**
 * Whether the unique key column turned a create down. SharePoint's exact answer is not
 * documented; 409 is what Graph uses for "already exists", and SharePoint refuses a duplicate unique value with 400 (see tools/local-graph/README.md).
 */
export function isDuplicateKey(error: unknown): boolean {
  if (!(error instanceof GraphError)) return false;
  if (error.status === 409) return true;
  return error.status === 400 && /unique|duplicate|already exists/i.test(`${error.code} ${error.message}`);
}

/**
 * Whether the service's fields hold every value we wrote (null, '' and absent count as empty).
 * Annotations we sent (`Column@odata.type`) are not values and never come back.
 */
export function fieldsMatch(ours: Fields, theirs: Fields): boolean {
  const empty = (v: unknown): boolean => v === null || v === undefined || v === '';
  return Object.entries(ours).every(([name, value]) => {
    if (name.includes('@')) return true;
    const other = theirs[name];
    if (empty(value) && empty(other)) return true;
    return typeof value === 'object' || typeof other === 'object'
      ? JSON.stringify(value) === JSON.stringify(other)
      : value === other;
  });
}

function withFallbackFields(item: Item, sent: Fields): Item {
  return Object.keys(item.fields).length > 0 ? { ...item, fields: { ...sent, ...item.fields } } : { ...item, fields: sent };
}

export function signalOf(options: Signalled): { signal?: AbortSignal } {
  return options.signal ? { signal: options.signal } : {};
}
