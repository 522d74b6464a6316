import type { TemplateCatalogue } from '../catalogue';
import type { CellValue, RowChanges } from '../plan';
import { activityToRow } from '../row-values';
import type { RowConflict, IncomingChange, RemoteState } from './diff';
import { type SnapshotEntry, type SyncSnapshot, updateSnapshot } from './snapshot';
import type { ActivityStore } from './store';

/** What changed on the site since the snapshot's delta link (everything, the first time or after a resync). */
export async function fetchRemoteState(store: ActivityStore, snapshot: SyncSnapshot): Promise<{ state: RemoteState; deltaLink: string }> {
  const result = await store.refresh(snapshot.deltaLink);
  const keyByItemId = new Map([...snapshot.entries.values()].map((e) => [e.itemId, e.key]));
  return {
    state: {
      changed: result.changed.map((v) => ({ activity: v.value, itemId: v.itemId, eTag: v.eTag })),
      // Only the ids of rows the workbook holds (this year's) name rows to remove.
      deletedKeys: result.removedItemIds.flatMap((id) => keyByItemId.get(id) ?? []),
      complete: !snapshot.deltaLink || result.resynced,
    },
    deltaLink: result.deltaLink,
  };
}

export interface IncomingApplication {
  readonly rowChanges: RowChanges;
  readonly snapshot: SyncSnapshot;
  /** Left for the person to choose; the snapshot keeps their last agreed version meanwhile. */
  readonly conflicts: readonly RowConflict[];
}

/** The workbook writes and the new snapshot for every incoming change that needs no choice. */
export function applyIncoming(
  changes: readonly IncomingChange[],
  snapshot: SyncSnapshot,
  catalogue: TemplateCatalogue,
  stamp: { readonly deltaLink: string; readonly syncedAt: string },
): IncomingApplication {
  const updates: { index: number; values: CellValue[] }[] = [];
  const removals: number[] = [];
  const appends: CellValue[][] = [];
  const set: SnapshotEntry[] = [];
  const remove: string[] = [];
  const conflicts: RowConflict[] = [];
  const entry = (r: { activity: SnapshotEntry['activity']; itemId: string; eTag: string }): SnapshotEntry => ({
    key: r.activity.id,
    itemId: r.itemId,
    eTag: r.eTag,
    activity: r.activity,
  });
  for (const change of changes) {
    switch (change.kind) {
      case 'added':
        appends.push(activityToRow(change.remote.activity, catalogue));
        set.push(entry(change.remote));
        break;
      case 'updated':
        updates.push({ index: change.row.index, values: activityToRow(change.remote.activity, catalogue) });
        set.push(entry(change.remote));
        break;
      case 'removed':
        removals.push(change.row.index);
        remove.push(change.base.key);
        break;
      case 'agreed':
        set.push(entry(change.remote));
        break;
      case 'forgotten':
        remove.push(change.key);
        break;
      case 'conflict': {
        const { kind: _kind, ...conflict } = change;
        conflicts.push(conflict);
        break;
      }
    }
  }
  return {
    rowChanges: { updates, removals, appends },
    snapshot: updateSnapshot(snapshot, { set, remove, ...stamp }),
    conflicts,
  };
}
