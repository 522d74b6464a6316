import type { ColumnDefinition, List } from '@microsoft/microsoft-graph-types';

import type { AcademicYear } from '../domain/academic-year';
import type { GraphClient } from '../graph/graph-client';
import { createItem, findByKey, type ListRef, signalOf, updateItem } from '../graph/list-items';
import type { DataContext } from './data-context';
import { type ListKey, type ListSpec, waypointSchema, type WaypointSchema } from './schema';
import { toColumnDefinition } from './schema/column-definition';
import { SCHEMA_RECORD_KEY, schemaVersionFields, schemaVersionOf, SETTINGS_SELECT } from './settings/mappers';
import { dataContextOf, type ProvisionResult, readSchemaRecord, type SchemaRecord, unchangedSite } from './site-lists';
import { type UpgradeReport, upgradeItemsToV2 } from './years/upgrade-to-v2';
import { yearOf } from './year-scope';
import { ConflictError, GraphError, isForbidden, PROVISIONING_FORBIDDEN } from '../shared/service-error';

/**
 * Creating lists needs more than editing items. A GraphError (403, so `isForbidden` holds)
 * whose message says what an administrator must grant; `userMessage` shows it as it is.
 */
export class ProvisioningPermissionError extends GraphError {
  override readonly name: string = 'ProvisioningPermissionError';
  readonly adminAction =
    "Grant the Waypoint app the Microsoft Graph permission Sites.Manage.All (delegated), or Sites.Selected with the 'manage' role on this team's site; then a team owner opens Waypoint once so it can create its lists.";

  constructor(readonly graphError: GraphError) {
    super({
      status: 403,
      code: PROVISIONING_FORBIDDEN,
      message:
        "Waypoint can't set up its lists on this team's site because it isn't allowed to create lists there. " +
        "An administrator must grant the Waypoint app the Microsoft Graph permission Sites.Manage.All, or Sites.Selected with the 'manage' role on this site, and the person setting it up must be able to manage the site (a team owner).",
      ...(graphError.requestId ? { requestId: graphError.requestId } : {}),
      cause: graphError,
    });
  }
}

export interface ProvisionOptions {
  /** Defaults to the app's current schema (tests pass an older one). */
  readonly schema?: WaypointSchema;
  readonly signal?: AbortSignal;
  /** The academic year items without one are given when no date says otherwise; default: the year we are in today. */
  readonly currentYear?: AcademicYear;
  /** The site's lists by display name (lower-cased), when the caller has just read them (`readSiteLists`). */
  readonly lists?: ReadonlyMap<string, string>;
  /** The schema record, when the caller has just read it on those lists (`connectSite`); null: there is none. */
  readonly recorded?: SchemaRecord | null;
}

interface SiteList {
  readonly id: string;
  readonly displayName: string;
}

/**
 * Makes the team's site hold the app's lists: creates missing lists and columns, indexes what
 * the app filters on, and records the schema version in Waypoint Settings, last, so a run that
 * stops half-way is simply resumed next time. Safe to run by many people at once and over and
 * over: a site already at this version costs two reads. An older site is upgraded by adding
 * what is missing; nothing is removed or retyped. A page fetches this module only when its site
 * needs it (`connectSite`): it carries every column of every list.
 */
export async function provisionLists(graph: GraphClient, siteId: string, options: ProvisionOptions = {}): Promise<ProvisionResult> {
  const schema = options.schema ?? waypointSchema;
  const signal = signalOf(options);
  let lists = options.lists ? new Map(options.lists) : await siteLists(graph, siteId, signal);
  const settingsId = lists.get(schema.lists[0]!.displayName.toLowerCase());
  const recorded =
    options.recorded !== undefined ? options.recorded : settingsId ? await readSchemaRecord(graph, { siteId, listId: settingsId }, signal) : null;
  const previousVersion = recorded?.version ?? null;
  const allPresent = schema.lists.every((l) => lists.has(l.displayName.toLowerCase()));
  if (allPresent && recorded && previousVersion !== null && previousVersion >= schema.version) {
    return unchangedSite(contextFrom(graph, siteId, schema, lists), { ...recorded, version: previousVersion });
  }

  const createdLists: string[] = [];
  const addedColumns: string[] = [];
  const indexedColumns: string[] = [];
  const columnsOnSite = new Map<ListKey, ReadonlySet<string>>();
  for (const spec of schema.lists) {
    let listId = lists.get(spec.displayName.toLowerCase());
    if (!listId) {
      listId = await createList(graph, siteId, spec, signal);
      if (listId) createdLists.push(spec.displayName);
      else {
        // Someone else created it a moment ago: find it and check its columns like any other.
        lists = await siteLists(graph, siteId, signal);
        listId = lists.get(spec.displayName.toLowerCase());
        if (!listId) throw new GraphError({ status: 409, message: `The list ${spec.displayName} exists but cannot be found` });
      }
      lists.set(spec.displayName.toLowerCase(), listId);
    }
    const changes = await ensureColumns(graph, { siteId, listId }, spec, signal);
    addedColumns.push(...changes.added.map((c) => `${spec.displayName}.${c}`));
    indexedColumns.push(...changes.indexed.map((c) => `${spec.displayName}.${c}`));
    columnsOnSite.set(spec.key, changes.present);
  }

  const context = contextFrom(graph, siteId, schema, lists);
  // Items written under schema 1 get their academic year and multi-choice values before version 2 is recorded. Its
  // code travels in this module's chunk, which a page fetches only for a site that needs changing (`connectSite`).
  let upgrade: UpgradeReport | undefined;
  if (previousVersion !== null && previousVersion < 2 && schema.version >= 2) {
    try {
      const year = yearOf({ ...(options.currentYear ? { year: options.currentYear } : {}) });
      upgrade = await upgradeItemsToV2(context, year, { ...signal, columnsOnSite });
    } catch (error) {
      throw permissionAware(error);
    }
  }
  await recordVersion(graph, { siteId, listId: context.listIds.settings }, schema.version, signal);
  return { context, schemaVersion: schema.version, previousVersion, createdLists, addedColumns, indexedColumns, ...(upgrade ? { upgrade } : {}) };
}

/** The site's lists by display name (lower-cased), every page. */
async function siteLists(graph: GraphClient, siteId: string, signal: { signal?: AbortSignal }): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let url: string | undefined = `/sites/${siteId}/lists?$select=id,displayName`;
  while (url) {
    const body: { value?: List[]; '@odata.nextLink'?: string } =
      (await graph.send<{ value?: List[]; '@odata.nextLink'?: string }>({ method: 'GET', url, ...signal })).body ?? {};
    for (const list of body.value ?? []) if (list.id && list.displayName) found.set(list.displayName.toLowerCase(), list.id);
    url = body['@odata.nextLink'];
  }
  return found;
}

/** The list id, or undefined when another user created it first (409). */
async function createList(graph: GraphClient, siteId: string, spec: ListSpec, signal: { signal?: AbortSignal }): Promise<string | undefined> {
  try {
    const { body } = await graph.send<SiteList>({
      method: 'POST',
      url: `/sites/${siteId}/lists`,
      body: {
        displayName: spec.displayName,
        description: spec.description,
        columns: spec.columns.map(toColumnDefinition),
        list: { template: 'genericList' },
      },
      ...signal,
    });
    return body.id;
  } catch (error) {
    if (error instanceof GraphError && error.status === 409) return undefined;
    throw permissionAware(error);
  }
}

/**
 * Adds missing columns and turns on indexing where the app filters. Whether `indexed` inside a
 * list-creation body is honoured is not documented, so we always read back and patch.
 */
async function ensureColumns(
  graph: GraphClient,
  list: ListRef,
  spec: ListSpec,
  signal: { signal?: AbortSignal },
): Promise<{ added: string[]; indexed: string[]; present: Set<string> }> {
  const columnsUrl = `/sites/${list.siteId}/lists/${list.listId}/columns`;
  const { body } = await graph.send<{ value?: ColumnDefinition[] }>({ method: 'GET', url: `${columnsUrl}?$select=id,name,indexed`, ...signal });
  const existing = new Map((body?.value ?? []).map((c) => [String(c.name).toLowerCase(), c]));
  const added: string[] = [];
  const indexed: string[] = [];
  try {
    for (const column of spec.columns) {
      const current = existing.get(column.name.toLowerCase());
      if (!current) {
        try {
          await graph.send({ method: 'POST', url: columnsUrl, body: toColumnDefinition(column), ...signal });
          added.push(column.name);
        } catch (error) {
          if (!(error instanceof GraphError && error.status === 409)) throw error;
          // Added by someone else meanwhile; its index is checked on the next run.
        }
      } else if (column.indexed && current.indexed !== true && current.id) {
        await graph.send({ method: 'PATCH', url: `${columnsUrl}/${current.id}`, body: { indexed: true }, ...signal });
        indexed.push(column.name);
      }
    }
  } catch (error) {
    throw permissionAware(error);
  }
  const present = new Set([...(body?.value ?? []).map((c) => String(c.name)), ...added]);
  return { added, indexed, present };
}

async function recordVersion(graph: GraphClient, settings: ListRef, version: number, signal: { signal?: AbortSignal }): Promise<void> {
  const fields = schemaVersionFields(version);
  const options = { select: SETTINGS_SELECT, ...signal };
  try {
    const current = await findByKey(graph, settings, SCHEMA_RECORD_KEY, SETTINGS_SELECT, signal);
    if (!current) await createItem(graph, settings, fields, options);
    else if ((schemaVersionOf(current.fields) ?? 0) < version) await updateItem(graph, settings, { itemId: current.id, eTag: current.eTag }, fields, options);
  } catch (error) {
    // Another provisioner recorded a version at the same moment: theirs is at least as new.
    if (error instanceof ConflictError) return;
    throw permissionAware(error);
  }
}

function contextFrom(graph: GraphClient, siteId: string, schema: WaypointSchema, lists: ReadonlyMap<string, string>): DataContext {
  const listIds = {} as Record<ListKey, string>;
  for (const spec of schema.lists) {
    const id = lists.get(spec.displayName.toLowerCase());
    if (id) listIds[spec.key] = id;
  }
  return { graph, siteId, listIds };
}

function permissionAware(error: unknown): unknown {
  return isForbidden(error) && !(error instanceof ProvisioningPermissionError) ? new ProvisioningPermissionError(error as GraphError) : error;
}

/** The context for a site already provisioned (one request), without changing anything. */
export async function openDataContext(graph: GraphClient, siteId: string, signal?: AbortSignal): Promise<DataContext> {
  return dataContextOf(graph, siteId, await siteLists(graph, siteId, signal ? { signal } : {}));
}
