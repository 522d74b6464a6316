import type { GraphClient } from '../graph/graph-client';
import { findByKey, type ListRef } from '../graph/list-items';
import type { DataContext } from './data-context';
import type { ListKey } from './schema';
import { LIST_NAMES } from './schema/lists';
import { SCHEMA_RECORD_KEY, schemaVersionOf, SETTINGS_SELECT } from './settings/mappers';
import type { UpgradeReport } from './years/upgrade-to-v2';
import { GraphError, NOT_PROVISIONED } from '../shared/service-error';

/*
 * The app's lists on a team site as a page finds them (by name) and the schema record in Waypoint Settings: what a
 * page and provisioning share. Of the full schema it needs only Waypoint Settings' columns.
 */

/** What connecting to the site did: nothing, on a site at this version; else what provisioning created or upgraded. */
export interface ProvisionResult {
  readonly context: DataContext;
  readonly schemaVersion: number;
  /** The version recorded before this run; null on a site never provisioned. */
  readonly previousVersion: number | null;
  readonly createdLists: readonly string[];
  /** 'List.Column' for each column added to an existing list. */
  readonly addedColumns: readonly string[];
  /** 'List.Column' for each column that was made indexed. */
  readonly indexedColumns: readonly string[];
  /** What the data upgrade from schema 1 did, when this run performed it. */
  readonly upgrade?: UpgradeReport;
  /** The settings list's schema record, when this run only read it (the write-access probe's target). */
  readonly schemaItemId?: string;
}

/** The schema record in Waypoint Settings: the version it holds (null when unreadable) and its item. */
export interface SchemaRecord {
  readonly version: number | null;
  readonly itemId: string;
}

/** A site that needed nothing: the run only read its schema record. */
export function unchangedSite(context: DataContext, recorded: SchemaRecord & { readonly version: number }): ProvisionResult {
  const version = recorded.version;
  return { context, schemaVersion: version, previousVersion: version, createdLists: [], addedColumns: [], indexedColumns: [], schemaItemId: recorded.itemId };
}

/** The schema record, or null when there is none yet. */
export async function readSchemaRecord(graph: GraphClient, settings: ListRef, signal: { signal?: AbortSignal } = {}): Promise<SchemaRecord | null> {
  try {
    const item = await findByKey(graph, settings, SCHEMA_RECORD_KEY, SETTINGS_SELECT, signal);
    return item ? { version: schemaVersionOf(item.fields), itemId: item.id } : null;
  } catch (error) {
    // A Settings list from an interrupted first run may lack the key column's index yet.
    if (error instanceof GraphError && error.status === 400) return null;
    throw error;
  }
}

/** Waypoint's lists not among the site's lists (by display name, lower-cased). */
export function missingLists(lists: ReadonlyMap<string, string>): readonly string[] {
  return Object.values(LIST_NAMES).filter((name) => !lists.has(name.toLowerCase()));
}

/** The context over lists already read; a NOT_PROVISIONED GraphError when one of Waypoint's lists is missing. */
export function dataContextOf(graph: GraphClient, siteId: string, lists: ReadonlyMap<string, string>): DataContext {
  const missing = missingLists(lists);
  if (missing.length > 0) {
    throw new GraphError({
      status: 404,
      code: NOT_PROVISIONED,
      message: `Waypoint's lists are not set up on this site yet (missing: ${missing.join(', ')}).`,
    });
  }
  const listIds = Object.fromEntries(Object.entries(LIST_NAMES).map(([key, name]) => [key, lists.get(name.toLowerCase())])) as Record<ListKey, string>;
  return { graph, siteId, listIds };
}
