import type { TemplateCatalogue } from '../catalogue';
import type { RowChanges } from '../plan';
import { activityToRow } from '../row-values';
import type { RowConflict } from './diff';
import { type SyncSnapshot, updateSnapshot } from './snapshot';
import type { ActivityStore } from './store';

export type ConflictChoice = 'mine' | 'theirs';

export type Resolution =
  | { readonly ok: true; readonly rowChanges: RowChanges; readonly snapshot: SyncSnapshot }
  /** The site refused (it changed again, or another failure): refresh and choose again. */
  | { readonly ok: false; readonly error: unknown };

/**
 * Settles one conflict. "Theirs" rewrites the workbook's row from the site (or removes or restores it); "mine"
 * writes the workbook's version over the site's current one, quoting the site's current eTag, so a third change
 * in the meantime is caught again rather than lost.
 */
export async function resolveConflict(
  store: ActivityStore,
  conflict: RowConflict,
  choice: ConflictChoice,
  snapshot: SyncSnapshot,
  catalogue: TemplateCatalogue,
): Promise<Resolution> {
  const { row, remote } = conflict;
  if (choice === 'theirs') {
    if (!remote) {
      return { ok: true, rowChanges: { removals: row ? [row.index] : [] }, snapshot: updateSnapshot(snapshot, { remove: [conflict.key] }) };
    }
    const values = activityToRow(remote.activity, catalogue);
    return {
      ok: true,
      rowChanges: row ? { updates: [{ index: row.index, values }] } : { appends: [values] },
      snapshot: updateSnapshot(snapshot, { set: [{ key: conflict.key, itemId: remote.itemId, eTag: remote.eTag, activity: remote.activity }] }),
    };
  }

  if (!row && !remote) return { ok: true, rowChanges: {}, snapshot: updateSnapshot(snapshot, { remove: [conflict.key] }) };
  if (!row && remote) {
    const result = await store.publish({ delete: [{ itemId: remote.itemId, eTag: remote.eTag }] });
    const outcome = result.deleted[0];
    if (!outcome?.ok) return { ok: false, error: outcome?.error };
    return { ok: true, rowChanges: {}, snapshot: updateSnapshot(snapshot, { remove: [conflict.key] }) };
  }
  const mine = row!.activity;
  const result = await store.publish(
    remote ? { update: [{ value: mine, version: { itemId: remote.itemId, eTag: remote.eTag } }] } : { create: [mine] },
    { firstSortOrder: snapshot.entries.size },
  );
  const outcome = (remote ? result.updated : result.created)[0];
  if (!outcome?.ok) return { ok: false, error: outcome?.error };
  return {
    ok: true,
    rowChanges: {},
    snapshot: updateSnapshot(snapshot, { set: [{ key: conflict.key, itemId: outcome.value.itemId, eTag: outcome.value.eTag, activity: mine }] }),
  };
}
