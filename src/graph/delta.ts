import type { GraphClient } from './graph-client';
import { type Item, type ItemsPage, itemsPath, type ListRef, signalOf, toItem } from './list-items';
import { GraphError } from '../shared/service-error';

/**
 * Incremental refresh of one list: the first call enumerates everything and ends with a
 * deltaLink; each later call with that link returns only what changed since, so "someone edited
 * one row" costs one small request however long the list. A link the service no longer accepts
 * (410 Gone) means start again: the result is then a full resync and the caller must replace,
 * not merge, what it holds.
 */
export interface DeltaResult {
  /** Items created or changed (all items when `resynced`). */
  readonly changed: readonly Item[];
  /** Ids of items deleted since the last link. */
  readonly deletedItemIds: readonly string[];
  /** Keep it; pass it to the next call. */
  readonly deltaLink: string;
  /** True when this is a full enumeration (first call, or the old link had expired). */
  readonly resynced: boolean;
}

export interface DeltaOptions {
  /** Column internal names to return inside `fields`. */
  readonly select: readonly string[];
  /** From the previous result; omit for the first, full enumeration. */
  readonly deltaLink?: string;
  /** Items per page of a full enumeration (the service's default is small: 200). */
  readonly pageSize?: number;
  readonly signal?: AbortSignal;
}

interface DeltaItem {
  readonly id?: string;
  readonly deleted?: { readonly state?: string };
}

export async function listDelta(graph: GraphClient, list: ListRef, options: DeltaOptions): Promise<DeltaResult> {
  const top = options.pageSize ? `&$top=${options.pageSize}` : '';
  const start = `${itemsPath(list)}/delta?$expand=fields($select=${options.select.join(',')})${top}`;
  if (options.deltaLink) {
    try {
      return await enumerate(graph, options.deltaLink, false, options);
    } catch (error) {
      if (!(error instanceof GraphError) || error.status !== 410) throw error;
      // The token expired or the service reset it: fall through to a full resync.
    }
  }
  return enumerate(graph, start, true, options);
}

async function enumerate(graph: GraphClient, first: string, resynced: boolean, options: DeltaOptions): Promise<DeltaResult> {
  const changed = new Map<string, Item>();
  const deleted = new Set<string>();
  let url: string | undefined = first;
  while (url) {
    const page: ItemsPage = (await graph.send<ItemsPage>({ method: 'GET', url, ...signalOf(options) })).body ?? {};
    foldDeltaPage(page, changed, deleted);
    const deltaLink = page['@odata.deltaLink'];
    if (deltaLink) return { changed: [...changed.values()], deletedItemIds: [...deleted], deltaLink, resynced };
    url = page['@odata.nextLink'];
  }
  throw new GraphError({ status: 0, code: 'noDeltaLink', message: 'The delta enumeration ended without a deltaLink' });
}

/**
 * Adds one delta page to what is known so far (changed items by id, deleted ids). An item can appear more
 * than once across pages; the last word wins. The one place a delta page is read.
 */
export function foldDeltaPage(page: ItemsPage, changed: Map<string, Item>, deleted: Set<string>): void {
  for (const raw of page.value ?? []) {
    const id = String((raw as DeltaItem).id ?? '');
    if ((raw as DeltaItem).deleted) {
      changed.delete(id);
      deleted.add(id);
    } else {
      deleted.delete(id);
      changed.set(id, toItem(raw));
    }
  }
}
