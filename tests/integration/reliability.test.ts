import { beforeAll, describe, expect, it } from 'vitest';

import { loadInstitution } from '../../src/data/load-institution';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createReviewsRepository } from '../../src/data/reviews/repository';
import { storeInstitution } from '../../src/data/store-institution';
import { openDataContext, provisionLists } from '../../src/data/provision-lists';
import { demoSchool } from '../../src/demo/demo-school';
import type { Activity } from '../../src/domain/provision-map/types';
import { getAllItems } from '../../src/graph/list-items';
import { waypointSchema } from '../../src/data/schema';
import { activity, PEOPLE, reflectionsFor, review } from '../../tools/bench/fixtures';
import { localSite, SITE_ID, startTestServer } from './support';
import { ConflictError } from '../../src/shared/service-error';
import type { Versioned } from '../../src/shared/versioned';

const site = localSite();
beforeAll(async () => {
});

describe('reliability', () => {
  it('10 concurrent writers × 100 edits on the same rows lose no update', async () => {
    const ROWS = 5;
    const WRITERS = 10;
    const EDITS = 100;
    const ctx = (await provisionLists(site.server.graph(), SITE_ID)).context;
    const seed = createProvisionMapRepository(ctx);
    await seed.publish({ create: Array.from({ length: ROWS }, (_, i) => ({ ...activity(`shared-${i}`, i), categories: [] })) }, { firstSortOrder: 0 });
    const start = (await seed.load()).activities;

    const applied: string[] = [];
    let conflicts = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        // Each writer is its own person with their own client, holding their own copy of each row.
        const repo = createProvisionMapRepository({ ...ctx, graph: site.server.graph(`writer${w}@highfield.example`) });
        const held: Versioned<Activity>[] = [...start];
        for (let e = 0; e < EDITS; e++) {
          const row = (w + e) % ROWS;
          const mine = held[row]!;
          const token = `w${w}e${e}`;
          try {
            held[row] = await repo.update({ ...mine.value, categories: [...mine.value.categories, token] }, mine);
            applied.push(token);
          } catch (error) {
            if (!(error instanceof ConflictError)) throw error;
            conflicts++;
            // What the UI does: show both, take theirs, carry on from there.
            held[row] = (error as ConflictError<Activity>).theirs!;
          }
        }
      }),
    );
    const final = (await seed.load()).activities.flatMap((a) => a.value.categories);
    console.log(
      `${WRITERS} writers × ${EDITS} edits on ${ROWS} rows: ${applied.length} applied, ${conflicts} reported as conflicts, ` +
        `${final.length} edits in the final state, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(applied.length + conflicts).toBe(WRITERS * EDITS);
    expect([...final].sort()).toEqual([...applied].sort());
  }, 120_000);

  it('with 30% of requests answered 429, every operation completes and nothing is duplicated', async () => {
    const fresh = await startTestServer();
    try {
      await fresh.faults({ rate: 0.3, status: 429, retryAfterSeconds: 0.02, seed: 7 });
      const started = Date.now();
      const graph = fresh.graph();
      const ctx = (await provisionLists(graph, SITE_ID)).context;
      await storeInstitution(ctx, demoSchool);

      const map = createProvisionMapRepository(ctx);
      const published = await map.publish({ create: Array.from({ length: 300 }, (_, i) => activity(`throttled-${i}`, i)) }, { firstSortOrder: 1000 });
      expect(published.created.every((o) => o.ok)).toBe(true);
      const reviews = createReviewsRepository(ctx);
      await reviews.saveReview(review('rev-throttled'));
      const saved = await reviews.saveReflections(PEOPLE.slice(0, 3).flatMap((p) => reflectionsFor('rev-throttled', p.id)).map((value) => ({ value })));
      expect(saved.every((o) => o.ok)).toBe(true);
      const loaded = (await reviews.load('rev-throttled'))!;
      const resaved = await reviews.saveReflections(loaded.reflections.slice(0, 32).map((r) => ({ value: { ...r.value, note: 'again' }, version: r })));
      expect(resaved.every((o) => o.ok)).toBe(true);
      const whole = await loadInstitution(ctx);

      const injected = await fresh.injectedFaults();
      const stats = await fresh.stats();
      await fresh.faults({ rate: 0 });
      console.log(
        `30% throttled: ${injected} requests or parts answered 429 out of ${stats.totalRequests} requests + ${stats.batch.parts} $batch parts; ` +
          `all operations completed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(injected).toBeGreaterThan(100);
      expect(whole?.provisionMap.activities).toHaveLength(demoSchool.provisionMap.activities.length + 300);

      // Count every list's items by key: each key exactly once.
      const readCtx = await openDataContext(fresh.graph(), SITE_ID);
      for (const spec of waypointSchema.lists) {
        const items = await getAllItems(readCtx.graph, { siteId: SITE_ID, listId: readCtx.listIds[spec.key] }, { select: ['WaypointKey'], top: 5000 });
        const keys = items.map((i) => i.fields['WaypointKey']);
        expect(new Set(keys).size, spec.displayName).toBe(keys.length);
      }
      const again = await loadInstitution(readCtx);
      expect(again?.reviews.find((r) => r.review.id === 'rev-throttled')?.reflections).toHaveLength(96);
    } finally {
      await fresh.close();
    }
  }, 180_000);

  it('with 20% answered 503 (outcome unknown to the client), creates are reconciled by key, never repeated blindly', async () => {
    const fresh = await startTestServer();
    try {
      const ctx = (await provisionLists(fresh.graph(), SITE_ID)).context;
      await fresh.faults({ rate: 0.2, status: 503, retryAfterSeconds: 0.02, seed: 11 });
      await fresh.resetStats();
      const map = createProvisionMapRepository(ctx);
      const published = await map.publish({ create: Array.from({ length: 300 }, (_, i) => activity(`unknown-${i}`, i)) }, { firstSortOrder: 0 });
      const stats = await fresh.stats();
      await fresh.faults({ rate: 0 });
      const lookups = Object.entries(stats.batch.partsByTemplate).filter(([k]) => k.startsWith('GET')).reduce((n, [, v]) => n + v, 0);
      console.log(`20% 503: 300 creates finished in ${stats.totalRequests} requests (${stats.batch.parts} parts, of which ${lookups} key look-ups)`);
      expect(published.created.every((o) => o.ok)).toBe(true);
      const items = await getAllItems(ctx.graph, { siteId: SITE_ID, listId: ctx.listIds.activities }, { select: ['WaypointKey'], top: 5000 });
      expect(items).toHaveLength(300);
      expect(new Set(items.map((i) => i.fields['WaypointKey'])).size).toBe(300);
    } finally {
      await fresh.close();
    }
  }, 120_000);
});
