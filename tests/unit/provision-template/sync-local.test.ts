import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Activity } from '../../../src/domain/provision-map/types';
import type { TemplateRow } from '../../../src/provision-template/read-rows';
import { incomingChanges, publishPlan } from '../../../src/provision-template/sync/diff';
import { publishChanges } from '../../../src/provision-template/sync/publish';
import { applyIncoming, fetchRemoteState } from '../../../src/provision-template/sync/refresh';
import { resolveConflict } from '../../../src/provision-template/sync/resolve';
import { emptySnapshot, type SyncSnapshot } from '../../../src/provision-template/sync/snapshot';
import { activity, catalogue } from '../../../tools/testing/excel-fixtures';
import { type LocalSite, startLocalSite } from '../../../tools/testing/local-site';

const rowsOf = (activities: readonly Activity[]): TemplateRow[] =>
  activities.map((a, index) => ({ rowNumber: 4 + index, index, keyed: true, activity: a, formulaLike: [] }));

let site: LocalSite;
beforeAll(async () => {
  site = await startLocalSite();
}, 60_000);
afterAll(() => site?.close());

describe('publishing and refreshing against the local Graph server', () => {
  const mine = Array.from({ length: 300 }, (_, i) => activity(1000 + i, { id: `pane-${i}` }));
  let snapshot: SyncSnapshot = emptySnapshot;

  it('publishes 300 new activities in 15 requests, reporting progress', async () => {
    // Start from what the site already holds (the demo school's map), as the pane's first refresh would.
    const first = await fetchRemoteState(site.repository(), emptySnapshot);
    snapshot = applyIncoming(incomingChanges([], emptySnapshot, first.state), emptySnapshot, catalogue, { deltaLink: first.deltaLink, syncedAt: 'now' }).snapshot;
    const existing = [...snapshot.entries.values()].map((e) => e.activity);
    const rows = rowsOf([...existing, ...mine]);
    const plan = publishPlan(rows, snapshot);
    expect(plan.created).toHaveLength(300);

    await site.resetStats();
    const progress: number[] = [];
    const outcome = await publishChanges(site.repository().publish, plan, snapshot, { onProgress: (p) => progress.push(p.done) });
    const stats = await site.stats();
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.failures).toEqual([]);
    expect(stats.totalRequests).toBe(15);
    expect(progress.at(-1)).toBe(300);
    snapshot = outcome.snapshot;
    expect(snapshot.entries.size).toBe(existing.length + 300);
  }, 60_000);

  it('publishes one changed row in one request', async () => {
    const changed = [...snapshot.entries.values()].map((e) => (e.key === 'pane-7' ? { ...e.activity, title: 'Renamed in Excel' } : e.activity));
    const plan = publishPlan(rowsOf(changed), snapshot);
    expect(plan.changed).toHaveLength(1);
    await site.resetStats();
    const outcome = await publishChanges(site.repository().publish, plan, snapshot);
    expect((await site.stats()).totalRequests).toBe(1);
    expect(outcome.conflicts).toEqual([]);
    snapshot = outcome.snapshot;
  });

  it('shows a row changed on both sides with both versions, and keeps the person’s choice', async () => {
    // Someone else edits pane-8 in the Teams tab…
    const base = snapshot.entries.get('pane-8')!;
    await site.repository('careers.adviser@contoso.onmicrosoft.com').update({ ...base.activity, title: 'Changed in Teams' }, base);
    // …while the workbook changes it too.
    const local = [...snapshot.entries.values()].map((e) => (e.key === 'pane-8' ? { ...e.activity, title: 'Changed in Excel' } : e.activity));
    const outcome = await publishChanges(site.repository().publish, publishPlan(rowsOf(local), snapshot), snapshot);
    expect(outcome.conflicts).toHaveLength(1);
    const [conflict] = outcome.conflicts;
    expect(conflict!.remote?.activity.title).toBe('Changed in Teams');

    // Refresh finds it too, with the workbook's version beside the site's.
    const remote = await fetchRemoteState(site.repository(), outcome.snapshot);
    const incoming = incomingChanges(rowsOf(local), outcome.snapshot, remote.state);
    const both = incoming.find((c) => c.kind === 'conflict');
    expect(both).toMatchObject({ key: 'pane-8', row: { activity: { title: 'Changed in Excel' } }, remote: { activity: { title: 'Changed in Teams' } } });

    const resolved = await resolveConflict(site.repository(), { ...conflict!, row: rowsOf(local).find((r) => r.activity.id === 'pane-8')! }, 'mine', outcome.snapshot, catalogue);
    expect(resolved.ok).toBe(true);
    const onSite = (await site.repository().load()).activities.find((a) => a.value.id === 'pane-8');
    expect(onSite?.value.title).toBe('Changed in Excel');
  });

  it('brings in what others changed since the last refresh, by delta', async () => {
    const first = await fetchRemoteState(site.repository(), emptySnapshot);
    const start = applyIncoming(incomingChanges([], emptySnapshot, first.state), emptySnapshot, catalogue, { deltaLink: first.deltaLink, syncedAt: 'now' });
    const rows = rowsOf([...start.snapshot.entries.values()].map((e) => e.activity));
    const other = start.snapshot.entries.get('pane-9')!;
    await site.repository('careers.adviser@contoso.onmicrosoft.com').update({ ...other.activity, term: 'Summer' }, other);

    await site.resetStats();
    const next = await fetchRemoteState(site.repository(), start.snapshot);
    expect((await site.stats()).totalRequests).toBe(1);
    const changes = incomingChanges(rows, start.snapshot, next.state);
    expect(changes).toEqual([expect.objectContaining({ kind: 'updated', remote: expect.objectContaining({ activity: expect.objectContaining({ id: 'pane-9', term: 'Summer' }) }) })]);
    const applied = applyIncoming(changes, start.snapshot, catalogue, { deltaLink: next.deltaLink, syncedAt: 'later' });
    expect(applied.rowChanges.updates).toHaveLength(1);
  });
});
