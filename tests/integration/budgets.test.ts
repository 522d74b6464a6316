import { beforeAll, describe, expect, it } from 'vitest';

import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createReviewsRepository, type LoadedReview } from '../../src/data/reviews/repository';
import { activity, PEOPLE, reflectionsFor, review, ROWS } from '../../tools/bench/fixtures';
import { localSite, requestsSince } from './support';

/** The request budgets of the data layer, counted by the server itself (/_admin/stats). */
const REVIEW_ID = 'rev-budget';

const site = localSite({ provision: true });
beforeAll(async () => {
  const reviews = createReviewsRepository(site.ctx);
  await reviews.saveReview(review(REVIEW_ID));
  const all = PEOPLE.flatMap((p) => reflectionsFor(REVIEW_ID, p.id, 'Seen in the programme audit.'));
  expect((await reviews.saveReflections(all.map((value) => ({ value })))).every((o) => o.ok)).toBe(true);
  const fits = ROWS.map((rowId) => ({
    reviewId: REVIEW_ID, rowId, column: 2 as const, evidence: 'Minutes', evidenceLinks: [], nextSteps: 'Plan it', agreedBy: [PEOPLE[0]!.id], agreedAt: '2026-11-20T10:00:00Z',
  }));
  expect((await reviews.saveBestFits(fits.map((value) => ({ value })))).every((o) => o.ok)).toBe(true);
});

describe('request budgets', () => {
  let loaded: LoadedReview | null = null;

  it('loads a full review (32 rows × 12 participants + best fits) in ≤ 2 requests', async () => {
    const stats = await requestsSince(site.server, async () => {
      loaded = await createReviewsRepository(site.ctx).load(REVIEW_ID);
    });
    console.log(`load full review: ${stats.totalRequests} request(s), ${stats.batch.parts} $batch part(s), ${stats.responseBytes} bytes`);
    expect(loaded!.reflections).toHaveLength(32 * 12);
    expect(loaded!.bestFits).toHaveLength(32);
    expect(stats.totalRequests).toBeLessThanOrEqual(2);
  });

  it("saves one person's 32 reflections in ≤ 2 requests", async () => {
    const mine = loaded!.reflections.filter((r) => r.value.participantId === PEOPLE[3]!.id);
    expect(mine).toHaveLength(32);
    let ok = false;
    const stats = await requestsSince(site.server, async () => {
      const outcomes = await createReviewsRepository(site.ctx).saveReflections(mine.map((r) => ({ value: { ...r.value, note: 'Revised after the audit.' }, version: r })));
      ok = outcomes.every((o) => o.ok);
    });
    console.log(`save 32 reflections: ${stats.totalRequests} request(s)`);
    expect(ok).toBe(true);
    expect(stats.totalRequests).toBeLessThanOrEqual(2);
  });

  it('publishes 300 new activities in ≤ 15 requests, and one changed activity in 1', async () => {
    const repo = createProvisionMapRepository(site.ctx);
    const activities = Array.from({ length: 300 }, (_, i) => activity(`budget-${i}`, i));
    let created = 0;
    const bulk = await requestsSince(site.server, async () => {
      created = (await repo.publish({ create: activities }, { firstSortOrder: 0 })).created.filter((o) => o.ok).length;
    });
    console.log(`publish 300 new activities: ${bulk.totalRequests} request(s)`);
    expect(created).toBe(300);
    expect(bulk.totalRequests).toBeLessThanOrEqual(15);

    const [first] = (await repo.load()).activities;
    let changedOk = false;
    const one = await requestsSince(site.server, async () => {
      const result = await repo.publish({ update: [{ value: { ...first!.value, term: 'Summer' }, version: first! }] });
      changedOk = result.updated.every((o) => o.ok);
    });
    console.log(`publish one changed activity: ${one.totalRequests} request(s)`);
    expect(changedOk).toBe(true);
    expect(one.totalRequests).toBe(1);
  });
});
