import { describe, expect, it } from 'vitest';

import { provisionLists } from '../../src/data/provision-lists';
import { SCHEMA_VERSION, waypointSchema, type WaypointSchema } from '../../src/data/schema';
import { connectSite } from '../../src/data/site-connection';
import { readSiteLists } from '../../src/graph/sites';
import { demoRootSiteId } from '../../tools/local-graph/demo-tenant';
import { localSite, requestsSince, SITE_ID } from './support';

const site = localSite({ provision: true });

/** Connects as a page does, on the site's lists just read; counts the requests the connection itself made. */
async function connect(siteId: string) {
  const graph = site.server.graph();
  const { lists } = await readSiteLists(graph, { siteId });
  let result: Awaited<ReturnType<typeof connectSite>> | undefined;
  const stats = await requestsSince(site.server, async () => {
    result = await connectSite(graph, siteId, lists);
  });
  return { result: result!, requests: stats.totalRequests };
}

describe("a page's connection to the team's site", () => {
  it('on a site at this schema version, reads only its schema record and changes nothing', async () => {
    const { result, requests } = await connect(SITE_ID);
    expect(requests).toBe(1);
    expect(result).toMatchObject({ schemaVersion: SCHEMA_VERSION, previousVersion: SCHEMA_VERSION, createdLists: [], addedColumns: [], indexedColumns: [] });
    expect(result.schemaItemId).toBeTruthy();
    expect(Object.keys(result.context.listIds).sort()).toEqual(waypointSchema.lists.map((l) => l.key).sort());
  });

  it('on a site behind, provisions what is missing and records the version; the next connection is one read again', async () => {
    const older: WaypointSchema = { version: SCHEMA_VERSION - 1, lists: waypointSchema.lists.filter((l) => l.key !== 'neetRisk') };
    await provisionLists(site.server.graph(), demoRootSiteId, { schema: older });

    const { result } = await connect(demoRootSiteId);
    expect(result).toMatchObject({ previousVersion: SCHEMA_VERSION - 1, schemaVersion: SCHEMA_VERSION, createdLists: ['Waypoint NEET Risk'] });
    expect(result.context.listIds.neetRisk).toBeTruthy();

    const again = await connect(demoRootSiteId);
    expect(again.result).toMatchObject({ previousVersion: SCHEMA_VERSION, createdLists: [] });
    expect(again.requests).toBe(1);
  });
});
