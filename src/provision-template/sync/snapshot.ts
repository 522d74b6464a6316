import type { Activity } from '../../domain/provision-map/types';
import type { CellValue } from '../plan';

/** What the workbook and the site agreed on at the last publish or refresh, per key. */
export interface SnapshotEntry {
  readonly key: string;
  /** The SharePoint item's id and eTag: what the next write must quote. */
  readonly itemId: string;
  readonly eTag: string;
  readonly activity: Activity;
}

export interface SyncSnapshot {
  readonly entries: ReadonlyMap<string, SnapshotEntry>;
  /** Where the next refresh asks "what changed since?". */
  readonly deltaLink?: string;
  /** When the workbook last agreed with the site (ISO). */
  readonly syncedAt?: string;
}

export const emptySnapshot: SyncSnapshot = { entries: new Map() };

const FORMAT = 'waypoint-sync/1';

/**
 * The snapshot lives on the very hidden "Waypoint sync" sheet so it travels with the workbook: a header row
 * ([format, syncedAt, deltaLink]) and one row per key: [key, itemId, eTag, activity as JSON]. A JSON cell stays
 * far below Excel's 32,767 characters per cell because every activity field is capped at 255.
 */
export function snapshotToRows(snapshot: SyncSnapshot): CellValue[][] {
  return [
    [FORMAT, snapshot.syncedAt ?? '', snapshot.deltaLink ?? '', ''],
    ...[...snapshot.entries.values()].map((e) => [e.key, e.itemId, e.eTag, JSON.stringify(e.activity)]),
  ];
}

/** Reads the sheet back; a damaged row is dropped (treated as never synced), never trusted. */
export function snapshotFromRows(rows: readonly (readonly CellValue[])[]): SyncSnapshot {
  const [format, syncedAt, deltaLink] = rows[0] ?? [];
  if (format !== FORMAT) return emptySnapshot;
  const entries = new Map<string, SnapshotEntry>();
  for (const [key, itemId, eTag, json] of rows.slice(1)) {
    if (typeof key !== 'string' || !key || typeof eTag !== 'string' || typeof json !== 'string') continue;
    try {
      const activity = JSON.parse(json) as Activity;
      if (activity?.id === key) entries.set(key, { key, itemId: String(itemId ?? ''), eTag, activity });
    } catch {
      continue;
    }
  }
  return {
    entries,
    ...(typeof syncedAt === 'string' && syncedAt ? { syncedAt } : {}),
    ...(typeof deltaLink === 'string' && deltaLink ? { deltaLink } : {}),
  };
}

/** A copy with entries set or removed. */
export function updateSnapshot(
  snapshot: SyncSnapshot,
  changes: { set?: readonly SnapshotEntry[]; remove?: readonly string[]; deltaLink?: string; syncedAt?: string },
): SyncSnapshot {
  const entries = new Map(snapshot.entries);
  changes.remove?.forEach((key) => entries.delete(key));
  changes.set?.forEach((entry) => entries.set(entry.key, entry));
  const deltaLink = changes.deltaLink ?? snapshot.deltaLink;
  const syncedAt = changes.syncedAt ?? snapshot.syncedAt;
  return { entries, ...(deltaLink ? { deltaLink } : {}), ...(syncedAt ? { syncedAt } : {}) };
}
