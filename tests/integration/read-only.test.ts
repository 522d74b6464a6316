import { beforeAll, describe, expect, it } from 'vitest';

import type { DataContext } from '../../src/data/data-context';
import { loadInstitution } from '../../src/data/load-institution';
import { createPlanRepository } from '../../src/data/plan/repository';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { openDataContext } from '../../src/data/provision-lists';
import { createReviewsRepository } from '../../src/data/reviews/repository';
import { createSettingsRepository } from '../../src/data/settings/repository';
import { createStatutoryRepository } from '../../src/data/statutory/repository';
import { storeInstitution } from '../../src/data/store-institution';
import { DEMO_YEAR, demoSchool } from '../../src/demo/demo-school';
import { seedDemo } from '../../tools/seed-demo';
import { activity } from '../../tools/bench/fixtures';
import { localSite, SITE_ID } from './support';
import { isForbidden } from '../../src/shared/service-error';
import { userMessage } from '../../src/ui/common/user-message';

let readOnly: DataContext;
const site = localSite();
beforeAll(async () => {
  await seedDemo({ graphBaseUrl: site.server.url, upn: 'careers.leader@highfield.example' });
  readOnly = await openDataContext(site.server.graph('governor@highfield.example', { readOnly: true }), SITE_ID);
});

/** Runs a write and returns every error it produced, thrown or reported per item. */
async function errorsOf(write: () => Promise<unknown>): Promise<unknown[]> {
  try {
    const result = await write();
    const outcomes = Array.isArray(result) ? result : result && typeof result === 'object' ? Object.values(result).flat() : [];
    return (outcomes as { ok?: boolean; error?: unknown }[]).filter((o) => o && o.ok === false).map((o) => o.error);
  } catch (error) {
    return [error];
  }
}

describe('a read-only member (e.g. a governor)', () => {
  it('can read everything', async () => {
    expect(await loadInstitution(readOnly, { year: DEMO_YEAR })).toEqual({ ...demoSchool, otherYears: undefined });
  });

  it('fails every kind of write with a forbidden error, and nothing changes', async () => {
    const before = await loadInstitution(readOnly);
    const reviews = createReviewsRepository(readOnly);
    const map = createProvisionMapRepository(readOnly);
    const plan = createPlanRepository(readOnly);
    const settings = createSettingsRepository(readOnly);
    const statutory = createStatutoryRepository(readOnly);
    const loadedReview = (await reviews.load(demoSchool.reviews[0]!.review.id))!;
    const loadedMap = await map.load();
    const loadedPlan = await plan.load();
    const institution = (await settings.getInstitution())!;
    const record = (await statutory.get(demoSchool.institution.id))!;

    const writes: [string, () => Promise<unknown>][] = [
      ['update institution', () => settings.saveInstitution({ ...institution.value, careersVision: 'x' }, institution)],
      ['create review', () => reviews.saveReview({ ...loadedReview.review.value, id: 'new-review' })],
      ['update review', () => reviews.saveReview({ ...loadedReview.review.value, title: 'x' }, loadedReview.review)],
      ['update one reflection', () => reviews.saveReflections([{ value: { ...loadedReview.reflections[0]!.value, note: 'x' }, version: loadedReview.reflections[0]! }])],
      ['batch of reflections', () => reviews.saveReflections(loadedReview.reflections.slice(0, 25).map((r) => ({ value: { ...r.value, note: 'x' }, version: r })))],
      ['best fit', () => reviews.saveBestFits([{ value: { ...loadedReview.bestFits[0]!.value, evidence: 'x' }, version: loadedReview.bestFits[0]! }])],
      ['delete review', () => reviews.delete(loadedReview)],
      ['publish activities', () => map.publish({ create: [activity('ro-1'), activity('ro-2')] })],
      ['change one activity', () => map.update({ ...loadedMap.activities[0]!.value, title: 'x' }, loadedMap.activities[0]!)],
      ['delete activity', () => map.publish({ delete: [loadedMap.activities[1]!] })],
      ['stage outcomes', () => map.saveStageOutcomes([{ value: { stage: 'introduce-inspire', learningOutcomes: [] }, version: loadedMap.stageOutcomes[0]! }])],
      ['priorities', () => plan.savePriorities([{ value: loadedPlan.priorities[0]!.value, sortOrder: 9, version: loadedPlan.priorities[0]! }])],
      ['actions', () => plan.saveActions([{ value: { ...loadedPlan.actions[0]!.value, rag: 'red' }, sortOrder: 0, version: loadedPlan.actions[0]! }])],
      ['delete actions', () => plan.deleteActions([loadedPlan.actions[0]!])],
      ['statutory record', () => statutory.save({ ...record.value, destinationsCollected: false }, record)],
      ['store a whole institution', () => storeInstitution(readOnly, { ...demoSchool, plan: { ...demoSchool.plan, careersVision: 'x' } })],
    ];
    for (const [name, write] of writes) {
      const errors = await errorsOf(write);
      expect(errors.length, name).toBeGreaterThan(0);
      for (const error of errors) {
        const failures = (error as { failures?: { error: unknown }[] }).failures?.map((f) => f.error) ?? [error];
        for (const e of failures) {
          expect(isForbidden(e), `${name}: ${String(e)}`).toBe(true);
          expect(userMessage(e)).toMatch(/don't have permission to change it/);
        }
      }
    }
    expect(await loadInstitution(readOnly)).toEqual(before);
  });
});
