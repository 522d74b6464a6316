import { describe, expect, it } from 'vitest';

import type { Activity } from '../../../src/domain/provision-map/types';
import type { TemplateRow } from '../../../src/provision-template/read-rows';
import { incomingChanges, publishPlan, type RemoteActivity } from '../../../src/provision-template/sync/diff';
import { type SnapshotEntry, snapshotFromRows, snapshotToRows, type SyncSnapshot } from '../../../src/provision-template/sync/snapshot';
import { activity } from '../../../tools/testing/excel-fixtures';

const row = (a: Activity, index = 0): TemplateRow => ({ rowNumber: 4 + index, index, keyed: true, activity: a, formulaLike: [] });
const entry = (a: Activity, eTag = '"1"'): SnapshotEntry => ({ key: a.id, itemId: a.id.replace('key-', ''), eTag, activity: a });
const snapshotOf = (...entries: SnapshotEntry[]): SyncSnapshot => ({ entries: new Map(entries.map((e) => [e.key, e])) });
const remote = (a: Activity, eTag: string): RemoteActivity => ({ activity: a, itemId: a.id.replace('key-', ''), eTag });

describe('publish plan: new, changed and deleted rows since the last sync', () => {
  it('sorts rows by what happened to them', () => {
    const [a, b, c] = [activity(1), activity(2), activity(3)];
    const plan = publishPlan([row(a), row({ ...b, title: 'Changed' }, 1), row(activity(4), 2)], snapshotOf(entry(a), entry(b), entry(c)));
    expect(plan.created.map((r) => r.activity.id)).toEqual(['key-4']);
    expect(plan.changed.map((c) => c.row.activity.title)).toEqual(['Changed']);
    expect(plan.deleted.map((e) => e.key)).toEqual(['key-3']);
  });

  it('ignores the order of values in a list cell', () => {
    const a = activity(1, { learningOutcomes: ['CK1', 'SA2'] });
    expect(publishPlan([row({ ...a, learningOutcomes: ['SA2', 'CK1'] })], snapshotOf(entry(a))).changed).toEqual([]);
  });
});

describe('refresh: what others changed, and rows changed on both sides', () => {
  const a = activity(1);
  const base = snapshotOf(entry(a, '"1"'));

  it('overwrites a row changed on the site only', () => {
    const changes = incomingChanges([row(a)], base, { changed: [remote({ ...a, term: 'Summer' }, '"2"')], deletedKeys: [], complete: false });
    expect(changes.map((c) => c.kind)).toEqual(['updated']);
  });

  it('leaves a row changed here only to Publish', () => {
    expect(incomingChanges([row({ ...a, title: 'Mine' })], base, { changed: [], deletedKeys: [], complete: false })).toEqual([]);
  });

  it('shows a row changed on both sides with both versions', () => {
    const [change] = incomingChanges([row({ ...a, title: 'Mine' })], base, { changed: [remote({ ...a, title: 'Theirs' }, '"2"')], deletedKeys: [], complete: false });
    expect(change).toMatchObject({ kind: 'conflict', key: 'key-1', row: { activity: { title: 'Mine' } }, remote: { activity: { title: 'Theirs' } } });
  });

  it('counts a deletion on one side and an edit on the other as both changed', () => {
    const [deletedThere] = incomingChanges([row({ ...a, title: 'Mine' })], base, { changed: [], deletedKeys: ['key-1'], complete: false });
    expect(deletedThere).toMatchObject({ kind: 'conflict', row: { activity: { title: 'Mine' } } });
    expect(deletedThere).not.toHaveProperty('remote');
    const [deletedHere] = incomingChanges([], base, { changed: [remote({ ...a, title: 'Theirs' }, '"2"')], deletedKeys: [], complete: false });
    expect(deletedHere).toMatchObject({ kind: 'conflict', remote: { activity: { title: 'Theirs' } } });
  });

  it('adds new activities, removes untouched deleted ones, and treats a complete list’s gaps as deletions', () => {
    const b = activity(2);
    const changes = incomingChanges([row(a)], base, { changed: [remote(b, '"1"')], deletedKeys: [], complete: true });
    expect(changes.map((c) => c.kind).sort()).toEqual(['added', 'removed']);
  });

  it('keeps the snapshot in the workbook and reads back only what it can trust', () => {
    const snapshot = { ...snapshotOf(entry(a)), deltaLink: 'https://x/delta?token=1', syncedAt: '2026-03-01T10:00:00Z' };
    const rows = snapshotToRows(snapshot);
    expect(snapshotFromRows(rows)).toEqual(snapshot);
    expect(snapshotFromRows([...rows, ['broken', '1', '"1"', '{not json']]).entries.size).toBe(1);
    expect(snapshotFromRows([['something else']]).entries.size).toBe(0);
  });
});
