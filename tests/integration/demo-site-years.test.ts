import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listRef } from '../../src/data/data-context';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { yearsWithData } from '../../src/data/years/years-with-data';
import { DEMO_YEAR, demoSchool } from '../../src/demo/demo-school';
import { type LocalSite, startLocalSite } from '../../tools/testing/local-site';

/**
 * The site `npm start` serves (tools/local-app.ts: the local Graph server, then seedDemo): the activities and plan
 * actions lists carry an indexed AcademicYear column, and the demo map holds three academic years.
 */
let site: LocalSite;
beforeAll(async () => {
  site = await startLocalSite();
}, 60_000);
afterAll(() => site?.close());

describe("the demo site as 'npm start' serves it", () => {
  it('has an indexed academic-year column on the activities and plan actions lists', async () => {
    for (const key of ['activities', 'planActions'] as const) {
      const list = listRef(site.data, key);
      const { body } = await site.data.graph.send<{ value: { name: string; indexed?: boolean }[] }>({
        method: 'GET',
        url: `/sites/${list.siteId}/lists/${list.listId}/columns`,
      });
      expect(body?.value.find((c) => c.name === 'AcademicYear'), key).toMatchObject({ indexed: true });
    }
  });

  it('holds three years of the map, each year only its own activities', async () => {
    expect(await yearsWithData(site.data, DEMO_YEAR)).toEqual(['2026/27', '2025/26', '2024/25']);
    const map = createProvisionMapRepository(site.data);
    const expected = [{ academicYear: DEMO_YEAR, provisionMap: demoSchool.provisionMap }, ...(demoSchool.otherYears ?? [])];
    expect(expected).toHaveLength(3);
    for (const held of expected) {
      const loaded = await map.load({ year: held.academicYear });
      expect(loaded.activities.map((a) => a.value.id).sort(), held.academicYear).toEqual(held.provisionMap.activities.map((a) => a.id).sort());
    }
  });
});
