import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';
import { beforeAll, describe, expect, it } from 'vitest';

import { demoRootSiteId } from '../../tools/local-graph/demo-tenant';
import { provisionLists, ProvisioningPermissionError } from '../../src/data/provision-lists';
import { reflectionsList, SCHEMA_VERSION, waypointSchema, type WaypointSchema } from '../../src/data/schema';
import { createSettingsRepository } from '../../src/data/settings/repository';
import { localSite, requestsSince, SITE_ID, startTestServer } from './support';
import { isForbidden } from '../../src/shared/service-error';
import { userMessage } from '../../src/ui/common/user-message';

const site = localSite();
beforeAll(async () => {
});

async function columnsOf(listId: string, siteId = SITE_ID): Promise<ColumnDefinition[]> {
  const { body } = await site.server.graph().send<{ value: ColumnDefinition[] }>({ method: 'GET', url: `/sites/${siteId}/lists/${listId}/columns` });
  return body.value;
}

describe('provisioning', () => {
  it('refuses a member who cannot create lists, saying what an administrator must grant', async () => {
    const error = await provisionLists(site.server.graph('visitor@highfield.example', { readOnly: true }), SITE_ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisioningPermissionError);
    expect((error as Error).message).toMatch(/Sites\.Manage\.All/);
    expect((error as Error).message).toMatch(/Sites\.Selected with the 'manage' role/);
    expect(isForbidden(error)).toBe(true);
    expect(userMessage(error)).toBe((error as Error).message);
  });

  it('creates every list, with its columns, the indexes it filters on and the schema version', async () => {
    const result = await provisionLists(site.server.graph(), SITE_ID);
    expect(result.createdLists).toEqual(waypointSchema.lists.map((l) => l.displayName));
    expect(result.previousVersion).toBeNull();

    const columns = await columnsOf(result.context.listIds.reflections);
    const byName = new Map(columns.map((c) => [c.name, c]));
    for (const spec of reflectionsList.columns) expect(byName.has(spec.name), spec.name).toBe(true);
    expect(byName.get('WaypointKey')).toMatchObject({ indexed: true, enforceUniqueValues: true });
    expect(byName.get('ReviewId')).toMatchObject({ indexed: true });
    expect(byName.get('Note')?.text).toMatchObject({ allowMultipleLines: true });
    expect(byName.get('RowId')?.text).toMatchObject({ maxLength: 16 });
  });

  it('is idempotent: run again, it changes nothing and costs two reads', async () => {
    let result: Awaited<ReturnType<typeof provisionLists>> | undefined;
    const stats = await requestsSince(site.server, async () => {
      result = await provisionLists(site.server.graph(), SITE_ID);
    });
    expect(result).toMatchObject({ createdLists: [], addedColumns: [], indexedColumns: [], previousVersion: SCHEMA_VERSION });
    expect(stats.totalRequests).toBe(2);
    // Provisioning never creates an institution: the Settings list holds only the schema record.
    expect(await createSettingsRepository(result!.context).getInstitution()).toBeNull();
  });

  it('upgrades a site provisioned with an older schema by adding what is missing', async () => {
    // The older layout: two lists fewer, reflections without Note and with ReviewId unindexed.
    const older: WaypointSchema = {
      version: SCHEMA_VERSION - 1,
      lists: waypointSchema.lists
        .filter((l) => l.key !== 'planActions' && l.key !== 'statutory')
        .map((l) =>
          l.key !== 'reflections'
            ? l
            : { ...l, columns: l.columns.filter((c) => c.name !== 'Note').map((c) => (c.name === 'ReviewId' ? { ...c, indexed: false } : c)) },
        ),
    };
    const before = await provisionLists(site.server.graph(), demoRootSiteId, { schema: older });
    expect(before.createdLists).toHaveLength(older.lists.length);
    const reviewId = (await columnsOf(before.context.listIds.reflections, demoRootSiteId)).find((c) => c.name === 'ReviewId');
    expect(reviewId?.indexed).toBe(false);

    const after = await provisionLists(site.server.graph(), demoRootSiteId);
    expect(after.previousVersion).toBe(SCHEMA_VERSION - 1);
    expect(after.schemaVersion).toBe(SCHEMA_VERSION);
    expect(after.createdLists).toEqual(['Waypoint Plan Actions', 'Waypoint Statutory Record']);
    expect(after.addedColumns).toEqual(['Waypoint Reflections.Note']);
    expect(after.indexedColumns).toEqual(['Waypoint Reflections.ReviewId']);
    const columns = await columnsOf(after.context.listIds.reflections, demoRootSiteId);
    expect(columns.find((c) => c.name === 'ReviewId')?.indexed).toBe(true);
    expect((await provisionLists(site.server.graph(), demoRootSiteId)).createdLists).toEqual([]);
  });

  it('copes with several people provisioning the same site at once', async () => {
    const fresh = await startTestServer();
    try {
      const results = await Promise.all(['a', 'b', 'c'].map((who) => provisionLists(fresh.graph(`${who}@highfield.example`), SITE_ID)));
      expect(results.flatMap((r) => r.createdLists).sort()).toEqual(waypointSchema.lists.map((l) => l.displayName).sort());
      const { body } = await fresh.graph().send<{ value: unknown[] }>({ method: 'GET', url: `/sites/${SITE_ID}/lists` });
      expect(body.value).toHaveLength(waypointSchema.lists.length);
    } finally {
      await fresh.close();
    }
  });
});
