import type { GraphClient } from '../graph/graph-client';
import { LIST_NAMES, SCHEMA_VERSION } from './schema/lists';
import { dataContextOf, missingLists, type ProvisionResult, readSchemaRecord, unchangedSite } from './site-lists';

/**
 * Connects a page to the team's site, whose lists it has just read: on a site at this schema version that is one
 * more read (the schema record in Waypoint Settings), issued at once so it can travel with the page's first reads.
 * A site behind, or never set up, is provisioned first (src/data/provision-lists.ts): only then are the
 * provisioning code and the full schema with every column fetched, so a page on an up-to-date site never loads them.
 */
export async function connectSite(graph: GraphClient, siteId: string, lists: ReadonlyMap<string, string>): Promise<ProvisionResult> {
  const settingsId = lists.get(LIST_NAMES.settings.toLowerCase());
  const recorded = settingsId ? await readSchemaRecord(graph, { siteId, listId: settingsId }) : null;
  if (missingLists(lists).length === 0 && recorded?.version != null && recorded.version >= SCHEMA_VERSION) {
    return unchangedSite(dataContextOf(graph, siteId, lists), { ...recorded, version: recorded.version });
  }
  const { provisionLists } = await import('./provision-lists');
  return provisionLists(graph, siteId, { lists, recorded });
}
