import { beforeAll, describe, expect, it } from 'vitest';

import { loadInstitution } from '../../src/data/load-institution';
import { openDataContext } from '../../src/data/provision-lists';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createStatutoryRepository } from '../../src/data/statutory/repository';
import { storeInstitution } from '../../src/data/store-institution';
import { NextYearPermissionError, previewNextYear, startNextYear } from '../../src/data/years/start-next-year';
import { DEMO_YEAR, demoSchool } from '../../src/demo/demo-school';
import { CarryForwardError } from '../../src/domain/years/carry-forward';
import { userMessage } from '../../src/ui/common/user-message';
import { localSite, requestsSince, SITE_ID } from './support';

const NEXT = '2027/28' as const;
const site = localSite({ provision: true });
beforeAll(async () => {
  await storeInstitution(site.ctx, demoSchool);
});

describe('starting the next year', () => {
  it('previews without writing, tells a reader plainly that they cannot, then copies the map and the open actions', async () => {
    const stats = await requestsSince(site.server, () => previewNextYear(site.ctx, DEMO_YEAR));
    expect(stats.totalRequests).toBe(1);
    const preview = await previewNextYear(site.ctx, DEMO_YEAR);
    expect(preview).toMatchObject({ from: DEMO_YEAR, to: NEXT, mode: 'new-year' });
    expect(preview.toWrite.activities).toHaveLength(demoSchool.provisionMap.activities.length);
    const open = demoSchool.plan.actions.filter((a) => !a.completed);
    expect(preview.toWrite.actions).toHaveLength(open.length);
    expect(preview.completedStaying).toBe(demoSchool.plan.actions.length - open.length);
    expect((await loadInstitution(site.ctx, { year: NEXT }))?.provisionMap.activities).toEqual([]);

    const reader = await openDataContext(site.server.graph('governor@highfield.example', { readOnly: true }), SITE_ID);
    const refused = await startNextYear(reader, preview, 'new-year').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(NextYearPermissionError);
    expect((refused as Error).message).toMatch(/can't start 2027\/28/);
    expect(userMessage(refused)).toMatch(/permission/);
    expect((await loadInstitution(site.ctx, { year: NEXT }))?.provisionMap.activities).toEqual([]);

    const written = await startNextYear(site.ctx, preview, 'new-year');
    expect(written.written).toBe(preview.toWrite.activities.length + preview.toWrite.stageOutcomes.length + preview.toWrite.priorities.length + open.length + 1);
    const next = (await loadInstitution(site.ctx, { year: NEXT }))!;
    expect(next.provisionMap.activities).toHaveLength(demoSchool.provisionMap.activities.length);
    expect(next.provisionMap.activities.every((a) => a.toConfirm && a.evidenceLink === undefined && a.academicYear === NEXT)).toBe(true);
    expect(next.provisionMap.stageOutcomes).toEqual(demoSchool.provisionMap.stageOutcomes);
    expect(next.plan.actions.map((a) => a.carriedFrom)).toEqual(open.map((a) => a.id));
    // The statutory record continues as it stands; destinations are the new year's leavers' to collect.
    expect(next.statutory).toEqual({ ...demoSchool.statutory, academicYear: NEXT, destinationsCollected: false });
    // This year is untouched: completed actions stay where they were.
    expect(await loadInstitution(site.ctx, { year: DEMO_YEAR })).toEqual({ ...demoSchool, otherYears: undefined });
  }, 60_000);

  it('run again, it makes nothing twice; a year that already has a map is merged into only when asked', async () => {
    const again = await previewNextYear(site.ctx, DEMO_YEAR);
    expect(again.mode).toBe('merge');
    expect(again.toWrite.activities).toEqual([]);
    expect(again.summary[0]).toMatch(/already has a provision map/);
    expect(again.toWrite.statutory).toBeUndefined();
    expect(again.summary).toContain(`${NEXT} already has its own statutory duties record, which is left as it is.`);
    await expect(startNextYear(site.ctx, again, 'new-year')).rejects.toBeInstanceOf(CarryForwardError);

    // Someone removes one carried activity by hand; a merge puts back only that one.
    const repo = createProvisionMapRepository(site.ctx);
    const loaded = await repo.load({ year: NEXT });
    await repo.publish({ delete: [loaded.activities[0]!] }, { year: NEXT });
    const merge = await previewNextYear(site.ctx, DEMO_YEAR);
    expect(merge.toWrite.activities.map((a) => a.id)).toEqual([loaded.activities[0]!.value.id]);
    // The new year's record, changed by hand, is not overwritten by the merge.
    const statutory = createStatutoryRepository(site.ctx);
    const record = (await statutory.get(demoSchool.institution.id, { year: NEXT }))!;
    await statutory.save({ ...record.value, destinationsCollected: true }, record, { year: NEXT });
    const written = await startNextYear(site.ctx, merge, 'merge');
    expect(written.written).toBe(1);
    expect((await repo.load({ year: NEXT })).activities).toHaveLength(demoSchool.provisionMap.activities.length);
    expect((await statutory.get(demoSchool.institution.id, { year: NEXT }))?.value.destinationsCollected).toBe(true);

    // And once more: nothing at all is left to write.
    const last = await previewNextYear(site.ctx, DEMO_YEAR);
    expect(last.toWrite).toEqual({ activities: [], stageOutcomes: [], priorities: [], actions: [] });
    expect((await startNextYear(site.ctx, last, 'merge')).written).toBe(0);
  }, 60_000);
});
