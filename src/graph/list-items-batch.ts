import type { ListItem } from '@microsoft/microsoft-graph-types';

import { type BatchOptions, type BatchPart, type BatchPartResult, executeBatch } from './batch';
import type { GraphClient } from './graph-client';
import {
  createItem,
  deleteItem,
  type Fields,
  fieldsMatch,
  isDuplicateKey,
  type Item,
  type ItemsPage,
  itemPath,
  itemsPath,
  itemsUrl,
  itemUrl,
  keyOf,
  keyQuery,
  type ListRef,
  signalOf,
  toItem,
  updateItem,
  versionedItem,
} from './list-items';
import type { ItemsQuery } from './odata';
import { ConflictError, GraphError, isAmbiguous } from '../shared/service-error';
import type { ItemVersion } from '../shared/versioned';

/**
 * Many list-item reads or writes in as few round trips as $batch allows (20 per envelope).
 * Writes keep the single-item guarantees: creates are reconciled by key, updates and deletes
 * quote their eTag, and a 412 comes back as a ConflictError carrying the server's version.
 */
export type ItemWrite =
  | { readonly kind: 'create'; readonly fields: Fields }
  | { readonly kind: 'update'; readonly version: ItemVersion; readonly fields: Fields }
  | { readonly kind: 'delete'; readonly version: ItemVersion };

export type ItemWriteResult =
  | { readonly ok: true; readonly item: Item | null }
  | { readonly ok: false; readonly error: GraphError };

export interface WriteItemsOptions extends Omit<BatchOptions, 'sleep'> {
  /** Columns to return (and to compare when reconciling). */
  readonly select: readonly string[];
  /** Times an unresolved write is sent again after an unknown outcome. */
  readonly maxAttempts?: number;
}

/** Results in the order of `writes`. One write goes out as a plain request, not an envelope. */
export async function writeItems(
  graph: GraphClient,
  list: ListRef,
  writes: readonly ItemWrite[],
  options: WriteItemsOptions,
): Promise<ItemWriteResult[]> {
  if (writes.length === 1) return [await writeOne(graph, list, writes[0]!, options)];
  const results = new Array<ItemWriteResult>(writes.length);
  let todo = writes.map((_, i) => i);
  const maxAttempts = options.maxAttempts ?? 5;

  for (let attempt = 1; todo.length > 0; attempt++) {
    const answers = await executeBatch(graph, todo.map((i) => writePart(list, writes[i]!)), options);
    const toCheck: { index: number; failure: GraphError | null }[] = [];
    todo.forEach((index, n) => {
      const write = writes[index]!;
      const answer = answers[n]!;
      if (answer.ok) {
        const item = write.kind === 'delete' ? null : itemFromWrite(write, answer);
        if (item === undefined) toCheck.push({ index, failure: null });
        else results[index] = { ok: true, item };
      } else if (write.kind === 'delete' && answer.status === 404) {
        results[index] = { ok: true, item: null };
      } else if (needsCheck(write, answer.error)) {
        toCheck.push({ index, failure: answer.error });
      } else {
        results[index] = { ok: false, error: answer.error };
      }
    });

    // One batched read of every item whose outcome we must see for ourselves.
    const found = await executeBatch(graph, toCheck.map(({ index }) => checkPart(list, writes[index]!, options.select)), options);
    const again: number[] = [];
    toCheck.forEach(({ index, failure }, n) => {
      const write = writes[index]!;
      const answer = found[n]!;
      if (!answer.ok && answer.status !== 404) return void (results[index] = { ok: false, error: answer.error });
      const current = answer.ok ? currentItem(write, answer.body) : null;
      const outcome = reconcile(write, current, failure, attempt < maxAttempts);
      if (outcome === 'again') again.push(index);
      else results[index] = outcome;
    });
    todo = again;
  }
  return results;
}

/** Reads every page of several queries: one envelope per round of pages, nextLinks verbatim. */
export async function readMany(
  graph: GraphClient,
  list: ListRef,
  queries: readonly ItemsQuery[],
  options: Omit<BatchOptions, 'sleep'> = {},
): Promise<Item[][]> {
  return readManyLists(graph, queries.map((query) => ({ list, query })), options);
}

/** Like readMany, for queries on different lists. */
export async function readManyLists(
  graph: GraphClient,
  queries: readonly { readonly list: ListRef; readonly query: ItemsQuery }[],
  options: Omit<BatchOptions, 'sleep'> = {},
): Promise<Item[][]> {
  const items: Item[][] = queries.map(() => []);
  const pending = queries.map(({ list, query }, index) => ({ index, url: itemsUrl(list, query) }));
  await readPages(graph, pending, items, options);
  return items;
}

async function readPages(
  graph: GraphClient,
  first: { index: number; url: string }[],
  items: Item[][],
  options: Omit<BatchOptions, 'sleep'>,
): Promise<void> {
  let pending = first;
  while (pending.length > 0) {
    let pages: { index: number; page: ItemsPage }[];
    if (pending.length === 1) {
      const { index, url } = pending[0]!;
      pages = [{ index, page: (await graph.send<ItemsPage>({ method: 'GET', url, ...signalOf(options) })).body ?? {} }];
    } else {
      const answers = await executeBatch(graph, pending.map(({ url }) => ({ method: 'GET' as const, url })), options);
      pages = answers.map((answer, n) => {
        if (!answer.ok) throw answer.error;
        return { index: pending[n]!.index, page: (answer.body ?? {}) as ItemsPage };
      });
    }
    pending = [];
    for (const { index, page } of pages) {
      for (const raw of page.value ?? []) items[index]!.push(toItem(raw));
      const next = page['@odata.nextLink'];
      if (next) pending.push({ index, url: graph.toRelative(next) });
    }
  }
}

async function writeOne(graph: GraphClient, list: ListRef, write: ItemWrite, options: WriteItemsOptions): Promise<ItemWriteResult> {
  try {
    const common = { select: options.select, ...signalOf(options) };
    if (write.kind === 'create') return { ok: true, item: await createItem(graph, list, write.fields, common) };
    if (write.kind === 'update') return { ok: true, item: await updateItem(graph, list, write.version, write.fields, common) };
    await deleteItem(graph, list, write.version, common);
    return { ok: true, item: null };
  } catch (error) {
    if (error instanceof GraphError) return { ok: false, error };
    throw error;
  }
}

function writePart(list: ListRef, write: ItemWrite): BatchPart {
  switch (write.kind) {
    case 'create':
      keyOf(write.fields);
      // Not repeatable: after an unknown outcome we look the key up before creating again.
      return { method: 'POST', url: itemsPath(list), body: { fields: write.fields } };
    case 'update':
      return {
        method: 'PATCH',
        url: `${itemPath(list, write.version.itemId)}/fields`,
        body: write.fields,
        headers: { 'If-Match': write.version.eTag },
      };
    case 'delete':
      return { method: 'DELETE', url: itemPath(list, write.version.itemId), headers: { 'If-Match': write.version.eTag } };
  }
}

/** The item a successful part describes, or undefined when the answer lacks its new eTag. */
function itemFromWrite(write: Exclude<ItemWrite, { kind: 'delete' }>, answer: Extract<BatchPartResult, { ok: true }>): Item | undefined {
  const body = (answer.body ?? {}) as Record<string, unknown>;
  if (write.kind === 'create') {
    const item = toItem(body as ListItem);
    if (!item.id || !item.eTag) return undefined;
    return { ...item, fields: { ...write.fields, ...item.fields } };
  }
  const eTag = (body['@odata.etag'] as string | undefined) ?? answer.headers['ETag'] ?? answer.headers['etag'];
  return eTag ? { id: write.version.itemId, eTag, fields: { ...write.fields, ...body } } : undefined;
}

function needsCheck(write: ItemWrite, error: GraphError): boolean {
  if (isAmbiguous(error)) return true;
  if (write.kind === 'create') return isDuplicateKey(error);
  return error.status === 412;
}

function checkPart(list: ListRef, write: ItemWrite, select: readonly string[]): BatchPart {
  if (write.kind === 'create') return { method: 'GET', url: itemsUrl(list, keyQuery(select, keyOf(write.fields))) };
  return { method: 'GET', url: itemUrl(list, write.version.itemId, select) };
}

function currentItem(write: ItemWrite, body: unknown): Item | null {
  if (write.kind === 'create') {
    const first = (body as ItemsPage | undefined)?.value?.[0];
    return first ? toItem(first) : null;
  }
  return body ? toItem(body as ListItem) : null;
}

/** Decides a write's outcome from the item as it now is on the server. */
function reconcile(
  write: ItemWrite,
  current: Item | null,
  failure: GraphError | null,
  mayRetry: boolean,
): ItemWriteResult | 'again' {
  const unknown = failure === null || isAmbiguous(failure);
  switch (write.kind) {
    case 'create':
      if (current) {
        return fieldsMatch(write.fields, current.fields)
          ? { ok: true, item: current }
          : { ok: false, error: new ConflictError<Fields>({ ours: write.fields, basedOn: null, theirs: versionedItem(current) }) };
      }
      return unknown && mayRetry ? 'again' : { ok: false, error: failure ?? missing() };
    case 'update':
      if (current && current.eTag !== write.version.eTag && fieldsMatch(write.fields, current.fields)) return { ok: true, item: current };
      if (current && current.eTag === write.version.eTag && unknown && mayRetry) return 'again';
      return { ok: false, error: new ConflictError<Fields>({ ours: write.fields, basedOn: write.version, theirs: current && versionedItem(current) }) };
    case 'delete':
      if (!current) return { ok: true, item: null };
      if (current.eTag === write.version.eTag && unknown && mayRetry) return 'again';
      return { ok: false, error: new ConflictError<Fields>({ ours: {}, basedOn: write.version, theirs: versionedItem(current) }) };
  }
}

const missing = (): GraphError => new GraphError({ status: 0, message: 'The write could not be confirmed' });
