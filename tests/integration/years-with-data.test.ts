import { beforeAll, describe, expect, it } from 'vitest';

import { createPlanRepository } from '../../src/data/plan/repository';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createStatutoryRepository } from '../../src/data/statutory/repository';
import { storeInstitution } from '../../src/data/store-institution';
import { yearsWithData } from '../../src/data/years/years-with-data';
import { DEMO_YEAR, demoSchool } from '../../src/demo/demo-school';
import { localSite, requestsSince } from './support';

const site = localSite({ provision: true });
beforeAll(async () => {
});

describe('which academic years hold data', () => {
  it('finds none on a new site, then the demo school’s three years in one round trip', async () => {
    expect(await yearsWithData(site.ctx, DEMO_YEAR)).toEqual([]);
    await storeInstitution(site.ctx, demoSchool);
    let years: string[] = [];
    const stats = await requestsSince(site.server, async () => (years = await yearsWithData(site.ctx, DEMO_YEAR)));
    expect(years).toEqual(['2026/27', '2025/26', '2024/25']);
    expect(stats.totalRequests).toBe(1);

    // The plan's year on year reads those years' plans in one round trip too, each year only its own items.
    let plans: Awaited<ReturnType<ReturnType<typeof createPlanRepository>['loadYears']>> = [];
    const read = await requestsSince(site.server, async () => (plans = await createPlanRepository(site.ctx).loadYears(['2024/25', '2025/26'])));
    expect(read.totalRequests).toBe(1);
    const [first, second] = demoSchool.otherYears!;
    expect(plans.map((p) => p.actions.map((a) => a.value.id))).toEqual([first!.plan.actions.map((a) => a.id), second!.plan.actions.map((a) => a.id)]);
  }, 60_000);

  it('follows a longer history back, and a year already started ahead, a window at a time', async () => {
    const map = createProvisionMapRepository(site.ctx);
    const activity = demoSchool.provisionMap.activities[0]!;
    for (const year of ['2023/24', '2022/23', '2021/22'] as const) {
      await map.publish({ create: [{ ...activity, id: `history-${year}`, academicYear: year }] }, { year });
    }
    const statutory = createStatutoryRepository(site.ctx);
    await statutory.save({ ...demoSchool.statutory, academicYear: "2027/28" }, undefined, { year: '2027/28' });
    let years: string[] = [];
    const stats = await requestsSince(site.server, async () => (years = await yearsWithData(site.ctx, DEMO_YEAR)));
    expect(years).toEqual(['2027/28', '2026/27', '2025/26', '2024/25', '2023/24', '2022/23', '2021/22']);
    // The first window (2027/28 back to 2023/24), one further back, one ahead.
    expect(stats.totalRequests).toBe(3);
    // Seen from a year with nothing near it, the picker is offered nothing but that year.
    expect(await yearsWithData(site.ctx, '2040/41')).toEqual([]);
  }, 60_000);
});
