import { beforeAll, describe, expect, it } from 'vitest';

import { loadInstitution } from '../../src/data/load-institution';
import { createPlanRepository } from '../../src/data/plan/repository';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createReviewsRepository } from '../../src/data/reviews/repository';
import { createSettingsRepository } from '../../src/data/settings/repository';
import { createStatutoryRepository } from '../../src/data/statutory/repository';
import { storeInstitution } from '../../src/data/store-institution';
import { DEMO_YEAR, demoSchool } from '../../src/demo/demo-school';
import { currentAcademicYear, localIsoDate } from '../../src/domain/academic-year';
import type { Activity } from '../../src/domain/provision-map/types';
import { getAllItems } from '../../src/graph/list-items';
import { fieldEquals } from '../../src/graph/odata';
import { activity, reflectionsFor, review } from '../../tools/bench/fixtures';
import { localSite, provisioned, requestsSince, startTestServer } from './support';
import { ConflictError } from '../../src/shared/service-error';

const site = localSite({ provision: true });
beforeAll(async () => {
});

describe('settings repository', () => {
  it('creates, reads and updates the institution; a stale write is a conflict with both versions', async () => {
    const repo = createSettingsRepository(site.ctx);
    expect(await repo.getInstitution()).toBeNull();
    const value = { institution: demoSchool.institution, institutionVision: 'v1', careersVision: 'c1' };
    const created = await repo.saveInstitution(value);
    expect(await repo.getInstitution()).toEqual(created);

    const updated = await repo.saveInstitution({ ...value, careersVision: 'c2' }, created);
    expect(updated.eTag).not.toBe(created.eTag);

    const stale = await repo.saveInstitution({ ...value, careersVision: 'mine' }, created).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    const conflict = stale as ConflictError<typeof value>;
    expect(conflict.ours.careersVision).toBe('mine');
    expect(conflict.basedOn).toEqual({ itemId: created.itemId, eTag: created.eTag });
    expect(conflict.theirs).toEqual({ itemId: created.itemId, eTag: updated.eTag, value: { ...value, careersVision: 'c2' } });
    expect((await repo.getInstitution())?.value.careersVision).toBe('c2');
  });
});

describe('reviews repository', () => {
  it('round-trips a review with reflections and best fits, updates by version, and deletes it all', async () => {
    const repo = createReviewsRepository(site.ctx);
    const saved = await repo.saveReview(review('rev-crud'));
    const mine = reflectionsFor('rev-crud', 'ann@highfield.example').slice(0, 5);
    const outcomes = await repo.saveReflections(mine.map((value) => ({ value })));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const fit = { reviewId: 'rev-crud', rowId: '1.1', column: 3 as const, evidence: 'Minutes', evidenceLinks: ['https://x.example/m'], nextSteps: 'More', agreedBy: ['ann@highfield.example'], agreedAt: '2026-11-20T10:00:00Z' };
    expect((await repo.saveBestFits([{ value: fit }]))[0]?.ok).toBe(true);

    const loaded = await repo.load('rev-crud');
    expect(loaded?.review).toEqual(saved);
    expect(loaded?.reflections.map((r) => r.value)).toEqual(mine);
    expect(loaded?.bestFits.map((b) => b.value)).toEqual([fit]);

    const first = loaded!.reflections[0]!;
    const [changed] = await repo.saveReflections([{ value: { ...first.value, note: 'changed' }, version: first }]);
    expect(changed?.ok).toBe(true);
    const [stale] = await repo.saveReflections([{ value: { ...first.value, note: 'stale' }, version: first }]);
    expect(stale?.ok).toBe(false);
    expect(!stale!.ok && stale!.error).toBeInstanceOf(ConflictError);
    expect(!stale!.ok && (stale!.error as ConflictError<typeof first.value>).theirs?.value.note).toBe('changed');

    expect((await repo.list()).map((r) => r.value.id)).toContain('rev-crud');
    const reloaded = (await repo.load('rev-crud'))!;
    expect((await repo.delete(reloaded)).every((r) => r.ok)).toBe(true);
    expect(await repo.load('rev-crud')).toBeNull();
  });
});

describe('provision map repository', () => {
  it('publishes, loads in order, updates, refuses stale updates, deletes and refreshes by delta', async () => {
    const repo = createProvisionMapRepository(site.ctx);
    const start = await repo.refresh();
    // Left to its default, the repository works on the year we are in.
    const YEAR = currentAcademicYear(localIsoDate(new Date()));
    const activities = Array.from({ length: 25 }, (_, i) => ({ ...activity(`pm-${i}`, i), academicYear: YEAR }));
    const published = await repo.publish({ create: activities }, { firstSortOrder: 0 });
    expect(published.created.every((o) => o.ok)).toBe(true);

    const loaded = await repo.load();
    expect(loaded.activities.map((a) => a.value)).toEqual(activities);

    const target = loaded.activities[3]!;
    const renamed: Activity = { ...target.value, title: 'Renamed' };
    const after = await repo.update(renamed, target);
    const conflict = await repo.update({ ...target.value, title: 'Stale' }, target).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError<Activity>).theirs?.value).toEqual(renamed);
    expect((conflict as ConflictError<Activity>).ours.title).toBe('Stale');

    const removed = await repo.publish({ delete: [loaded.activities[0]!] });
    expect(removed.deleted.every((d) => d.ok)).toBe(true);

    const delta = await repo.refresh(start.deltaLink);
    expect(delta.resynced).toBe(false);
    expect(delta.changed.map((a) => a.value.id).sort()).toEqual(activities.slice(1).map((a) => a.id).sort());
    expect(delta.changed.find((a) => a.value.id === target.value.id)).toEqual(after);

    const next = await repo.refresh(delta.deltaLink);
    expect(next.changed).toEqual([]);
    expect(next.removedItemIds).toEqual([]);

    const outcomes = await repo.saveStageOutcomes([{ value: { stage: 'introduce-inspire', learningOutcomes: ['SA1', 'CK2'] } }]);
    expect(outcomes[0]?.ok).toBe(true);
    expect((await repo.load()).stageOutcomes.map((s) => s.value)).toEqual([{ stage: 'introduce-inspire', learningOutcomes: ['SA1', 'CK2'], academicYear: YEAR }]);
  });
});

describe('plan and statutory repositories', () => {
  it('keep the plan in order and the statutory record as written', async () => {
    const plan = createPlanRepository(site.ctx);
    const priorities = demoSchool.plan.priorities.map((value, sortOrder) => ({ value, sortOrder })).reverse();
    expect((await plan.savePriorities(priorities)).every((o) => o.ok)).toBe(true);
    expect((await plan.saveActions(demoSchool.plan.actions.map((value, sortOrder) => ({ value, sortOrder })))).every((o) => o.ok)).toBe(true);
    const loaded = await plan.load({ year: DEMO_YEAR });
    expect(loaded.priorities.map((p) => p.value)).toEqual(demoSchool.plan.priorities);
    expect(loaded.actions.map((a) => a.value)).toEqual(demoSchool.plan.actions);
    expect((await plan.deleteActions([loaded.actions[0]!])).every((r) => r.ok)).toBe(true);
    expect((await plan.load({ year: DEMO_YEAR })).actions).toHaveLength(demoSchool.plan.actions.length - 1);

    const statutory = createStatutoryRepository(site.ctx);
    expect(await statutory.get('highfield')).toBeNull();
    const saved = await statutory.save(demoSchool.statutory);
    expect((await statutory.get(demoSchool.statutory.institutionId, { year: DEMO_YEAR }))?.value).toEqual(demoSchool.statutory);
    const changed = await statutory.save({ ...demoSchool.statutory, destinationsCollected: false }, saved);
    expect(await statutory.get(demoSchool.statutory.institutionId, { year: '2025/26' })).toBeNull();
    await expect(statutory.save(demoSchool.statutory, saved)).rejects.toBeInstanceOf(ConflictError);
    expect((await statutory.get(demoSchool.statutory.institutionId, { year: DEMO_YEAR }))?.eTag).toBe(changed.eTag);
  });
});

describe('paging', () => {
  it('follows @odata.nextLink until every item is read', async () => {
    const repo = createReviewsRepository(site.ctx);
    const many = ['p1', 'p2', 'p3', 'p4', 'p5'].flatMap((p) => reflectionsFor('rev-paging', `${p}@highfield.example`));
    many.push(...reflectionsFor('rev-paging', 'p6@highfield.example').slice(0, 10));
    expect((await repo.saveReflections(many.map((value) => ({ value })))).every((o) => o.ok)).toBe(true);

    let items: Awaited<ReturnType<typeof getAllItems>> = [];
    const stats = await requestsSince(site.server, async () => {
      items = await getAllItems(site.ctx.graph, { siteId: site.ctx.siteId, listId: site.ctx.listIds.reflections }, {
        select: ['ReviewId'],
        filter: fieldEquals('ReviewId', 'rev-paging'),
        top: 50,
      });
    });
    expect(items).toHaveLength(170);
    expect(new Set(items.map((i) => i.id)).size).toBe(170);
    expect(stats.totalRequests).toBe(4);
  });
});

describe('whole institution', () => {
  it('stores the demo school and reads back exactly what was stored; storing again writes nothing', async () => {
    const fresh = await startTestServer();
    try {
      const freshCtx = await provisioned(fresh.graph());
      expect((await storeInstitution(freshCtx, demoSchool)).written).toBeGreaterThan(600);
      // One year at a time: this year, then each earlier year holds exactly its own map, plan and record.
      expect(await loadInstitution(freshCtx, { year: DEMO_YEAR })).toEqual({ ...demoSchool, otherYears: undefined });
      for (const earlier of demoSchool.otherYears!) {
        const loaded = await loadInstitution(freshCtx, { year: earlier.academicYear });
        expect(loaded?.provisionMap).toEqual(earlier.provisionMap);
        expect(loaded?.plan).toEqual(earlier.plan);
        expect(loaded?.statutory).toEqual(earlier.statutory);
      }
      expect((await storeInstitution(freshCtx, demoSchool)).written).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
