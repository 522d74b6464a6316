import type { Activity } from '../../domain/provision-map/types';
import type { TemplateRow } from '../read-rows';
import { sameActivity } from '../../domain/provision-map/same-activity';
import type { SnapshotEntry, SyncSnapshot } from './snapshot';

/** An activity as the site holds it. */
export interface RemoteActivity {
  readonly activity: Activity;
  readonly itemId: string;
  readonly eTag: string;
}

/** What "Publish" would send. */
export interface PublishPlan {
  readonly created: readonly TemplateRow[];
  readonly changed: readonly { readonly row: TemplateRow; readonly base: SnapshotEntry }[];
  readonly deleted: readonly SnapshotEntry[];
}

/** Rows that differ from the last sync: new (a key the site never confirmed), changed, and deleted. */
export function publishPlan(rows: readonly TemplateRow[], snapshot: SyncSnapshot): PublishPlan {
  const created: TemplateRow[] = [];
  const changed: { row: TemplateRow; base: SnapshotEntry }[] = [];
  const present = new Set<string>();
  for (const row of rows) {
    const base = snapshot.entries.get(row.activity.id);
    present.add(row.activity.id);
    if (!base) created.push(row);
    else if (!sameActivity(base.activity, row.activity)) changed.push({ row, base });
  }
  const deleted = [...snapshot.entries.values()].filter((e) => !present.has(e.key));
  return { created, changed, deleted };
}

export const planSize = (plan: PublishPlan): number => plan.created.length + plan.changed.length + plan.deleted.length;

/** A row changed here and on the site since the last sync (a deletion counts as a change). */
export interface RowConflict {
  readonly key: string;
  /** The workbook's version; absent when the row was deleted here. */
  readonly row?: TemplateRow;
  /** The site's version; absent when it was deleted there. */
  readonly remote?: RemoteActivity;
  readonly base?: SnapshotEntry;
}

/** What "Refresh" does to the workbook. */
export type IncomingChange =
  /** New on the site: a row is added. */
  | { readonly kind: 'added'; readonly remote: RemoteActivity }
  /** Changed on the site only: the row is overwritten. */
  | { readonly kind: 'updated'; readonly remote: RemoteActivity; readonly row: TemplateRow }
  /** Deleted on the site, untouched here: the row is removed. */
  | { readonly kind: 'removed'; readonly row: TemplateRow; readonly base: SnapshotEntry }
  /** Both sides have the same values already: only the snapshot moves on. */
  | { readonly kind: 'agreed'; readonly remote: RemoteActivity }
  /** Deleted on both sides: only the snapshot forgets it. */
  | { readonly kind: 'forgotten'; readonly key: string }
  | ({ readonly kind: 'conflict' } & RowConflict);

export interface RemoteState {
  /** Activities new or changed on the site (all of them when `complete`). */
  readonly changed: readonly RemoteActivity[];
  /** Keys deleted on the site. */
  readonly deletedKeys: readonly string[];
  /** True when `changed` is the whole list: a snapshot key missing from it was deleted there. */
  readonly complete: boolean;
}

/** Compares the site's changes with the workbook's rows, using the snapshot to tell who changed what. */
export function incomingChanges(rows: readonly TemplateRow[], snapshot: SyncSnapshot, remote: RemoteState): IncomingChange[] {
  const rowByKey = new Map(rows.map((r) => [r.activity.id, r]));
  const changedKeys = new Set(remote.changed.map((r) => r.activity.id));
  const deletedKeys = remote.complete
    ? [...snapshot.entries.keys()].filter((key) => !changedKeys.has(key))
    : remote.deletedKeys.filter((key) => !changedKeys.has(key));
  const changes: IncomingChange[] = [];

  for (const item of remote.changed) {
    const key = item.activity.id;
    const row = rowByKey.get(key);
    const base = snapshot.entries.get(key);
    const remoteChanged = !base || base.eTag !== item.eTag;
    if (!row && !base) changes.push({ kind: 'added', remote: item });
    else if (!row) {
      // Deleted here since the last sync: a conflict only if the site changed it meanwhile.
      if (remoteChanged) changes.push({ kind: 'conflict', key, remote: item, ...(base ? { base } : {}) });
    } else if (sameActivity(row.activity, item.activity)) {
      if (remoteChanged) changes.push({ kind: 'agreed', remote: item });
    } else if (!remoteChanged) {
      // Changed here only: Publish's business.
    } else if (base && sameActivity(row.activity, base.activity)) changes.push({ kind: 'updated', remote: item, row });
    else changes.push({ kind: 'conflict', key, row, remote: item, ...(base ? { base } : {}) });
  }

  for (const key of deletedKeys) {
    const base = snapshot.entries.get(key);
    const row = rowByKey.get(key);
    if (!row) changes.push({ kind: 'forgotten', key });
    else if (base && sameActivity(row.activity, base.activity)) changes.push({ kind: 'removed', row, base });
    else changes.push({ kind: 'conflict', key, row, ...(base ? { base } : {}) });
  }
  return changes;
}
