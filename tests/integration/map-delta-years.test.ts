import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DataContext } from '../../src/data/data-context';
import { createPlanRepository } from '../../src/data/plan/repository';
import { createProvisionMapRepository, type ProvisionMapRepository } from '../../src/data/provision-map/repository';
import type { AcademicYear } from '../../src/domain/academic-year';
import type { Activity } from '../../src/domain/provision-map/types';
import type { PlanAction } from '../../src/domain/plan/types';
import type { TemplateRow } from '../../src/provision-template/read-rows';
import { incomingChanges } from '../../src/provision-template/sync/diff';
import { applyIncoming, fetchRemoteState } from '../../src/provision-template/sync/refresh';
import { emptySnapshot, type SyncSnapshot } from '../../src/provision-template/sync/snapshot';
import type { ActivityStore } from '../../src/provision-template/sync/store';
import { demoSchool } from '../../src/demo/demo-school';
import { activity, catalogue } from '../../tools/testing/excel-fixtures';
import { provisioned, startTestServer, type TestServer } from './support';

/**
 * Graph's list-item delta cannot be filtered: it reports every year's changes. The year's map must still take in
 * exactly its own: an activity moved into the year appears, one moved out leaves, and other years' changes and
 * deletions change nothing — proved here through the Excel pane's refresh against the local Graph server.
 */
const SHOWN: AcademicYear = '2026/27';
const OTHER: AcademicYear = '2025/26';

let server: TestServer;
let ctx: DataContext;
beforeAll(async () => {
  server = await startTestServer();
  ctx = await provisioned(server.graph());
});
afterAll(() => server.close());

const rowsOf = (snapshot: SyncSnapshot): TemplateRow[] =>
  [...snapshot.entries.values()].map((e, index) => ({ rowNumber: 4 + index, index, keyed: true, activity: e.activity, formulaLike: [] }));

/** The pane's store, looking at one year. */
const storeFor = (repo: ProvisionMapRepository, year: AcademicYear): ActivityStore => ({
  publish: (changes, options) => repo.publish(changes, { ...options, year }),
  refresh: (deltaLink) => repo.refresh(deltaLink, { year }),
});

describe("the provision map's incremental refresh, one year among several", () => {
  it('adds what moves into the year, removes what moves out or is deleted, and ignores other years', async () => {
    const repo = createProvisionMapRepository(ctx);
    const shown = Array.from({ length: 4 }, (_, i) => activity(i, { id: `shown-${i}`, academicYear: SHOWN }));
    const other = Array.from({ length: 4 }, (_, i) => activity(10 + i, { id: `other-${i}`, academicYear: OTHER }));
    expect((await repo.publish({ create: shown }, { year: SHOWN })).created.every((o) => o.ok)).toBe(true);
    expect((await repo.publish({ create: other }, { year: OTHER })).created.every((o) => o.ok)).toBe(true);

    const store = storeFor(repo, SHOWN);
    const first = await fetchRemoteState(store, emptySnapshot);
    let snapshot = applyIncoming(incomingChanges([], emptySnapshot, first.state), emptySnapshot, catalogue, { deltaLink: first.deltaLink, syncedAt: 't0' }).snapshot;
    expect([...snapshot.entries.keys()].sort()).toEqual(shown.map((a) => a.id));

    const mapOf = async (year: AcademicYear) => new Map((await repo.load({ year })).activities.map((a) => [a.value.id, a]));
    const shownNow = await mapOf(SHOWN);
    const otherNow = await mapOf(OTHER);
    const at = (map: Map<string, { value: Activity; itemId: string; eTag: string }>, id: string) => map.get(id)!;
    // Within the year: one renamed, one deleted, one whose academic year is edited to last year.
    await repo.update({ ...at(shownNow, 'shown-0').value, title: 'Renamed this year' }, at(shownNow, 'shown-0'));
    await repo.publish({ delete: [at(shownNow, 'shown-1')] });
    await repo.update({ ...at(shownNow, 'shown-2').value, academicYear: OTHER }, at(shownNow, 'shown-2'));
    // In the other year: one edited into this year, one renamed, one deleted.
    await repo.update({ ...at(otherNow, 'other-0').value, academicYear: SHOWN }, at(otherNow, 'other-0'));
    await repo.update({ ...at(otherNow, 'other-1').value, title: 'Renamed last year' }, at(otherNow, 'other-1'));
    await repo.publish({ delete: [at(otherNow, 'other-2')] });

    // The repository sorts by year: only this year's activities are `changed`; none of another year is.
    const raw = await repo.refresh(snapshot.deltaLink, { year: SHOWN });
    expect(raw.resynced).toBe(false);
    expect(raw.changed.map((a) => a.value.id).sort()).toEqual(['other-0', 'shown-0']);
    expect(raw.removedItemIds).toEqual(expect.arrayContaining([at(shownNow, 'shown-1').itemId, at(shownNow, 'shown-2').itemId]));

    const next = await fetchRemoteState(store, snapshot);
    const changes = incomingChanges(rowsOf(snapshot), snapshot, next.state);
    const byKind = (kind: string) => changes.filter((c) => c.kind === kind).map((c) => ('remote' in c && c.remote ? c.remote.activity.id : 'base' in c && c.base ? c.base.key : '')).sort();
    expect(byKind('added')).toEqual(['other-0']);
    expect(byKind('updated')).toEqual(['shown-0']);
    expect(byKind('removed')).toEqual(['shown-1', 'shown-2']);
    expect(changes).toHaveLength(4);

    snapshot = applyIncoming(changes, snapshot, catalogue, { deltaLink: next.deltaLink, syncedAt: 't1' }).snapshot;
    // What the pane now holds is exactly the year's map as a fresh load reads it.
    expect([...snapshot.entries.keys()].sort()).toEqual([...(await mapOf(SHOWN)).keys()].sort());
    expect([...snapshot.entries.keys()].sort()).toEqual(['other-0', 'shown-0', 'shown-3']);
  });
});

describe("the plan's refresh, one year among several", () => {
  it('reloads only the year: an action whose academic year is edited leaves one year and joins the other', async () => {
    const plan = createPlanRepository(ctx);
    const base = demoSchool.plan.actions[0]!;
    const actions: PlanAction[] = [
      { ...base, id: 'act-stays', academicYear: SHOWN },
      { ...base, id: 'act-moves', academicYear: SHOWN },
      { ...base, id: 'act-last-year', academicYear: OTHER },
    ];
    expect((await plan.saveActions(actions.map((value, sortOrder) => ({ value, sortOrder })))).every((o) => o.ok)).toBe(true);
    const ids = async (year: AcademicYear) => (await plan.load({ year })).actions.map((a) => a.value.id).sort();
    expect(await ids(SHOWN)).toEqual(['act-moves', 'act-stays']);

    const moving = (await plan.load({ year: SHOWN })).actions.find((a) => a.value.id === 'act-moves')!;
    expect((await plan.saveActions([{ value: { ...moving.value, academicYear: OTHER }, version: moving, sortOrder: 1 }]))[0]?.ok).toBe(true);
    expect(await ids(SHOWN)).toEqual(['act-stays']);
    expect(await ids(OTHER)).toEqual(['act-last-year', 'act-moves']);
  });
});
