import type { Activity } from '../../domain/provision-map/types';
import type { RowConflict, PublishPlan } from './diff';
import { type SnapshotEntry, type SyncSnapshot, updateSnapshot } from './snapshot';
import type { ActivityChanges, ActivityStore } from './store';
import { isConflictError } from '../../shared/service-error';
import type { ItemVersion } from '../../shared/versioned';

/** Writes per request: Graph's $batch carries at most 20, so 300 new activities cost 15 requests. */
export const WRITES_PER_REQUEST = 20;

export interface PublishProgress {
  readonly done: number;
  readonly total: number;
}

export interface PublishOutcome {
  /** The snapshot after everything that succeeded. */
  readonly snapshot: SyncSnapshot;
  /** Rows someone else changed meanwhile: nothing was overwritten; the person chooses. */
  readonly conflicts: readonly RowConflict[];
  /** Other failures (the UI explains each in plain words); `error` is undefined when the site did not confirm the change. */
  readonly failures: readonly { readonly key: string; readonly error: unknown }[];
}

type Outcome = { readonly ok: true; readonly version?: ItemVersion; readonly error?: undefined } | { readonly ok: false; readonly error?: unknown };

type Operation =
  | { readonly kind: 'create'; readonly activity: Activity }
  | { readonly kind: 'update'; readonly activity: Activity; readonly base: SnapshotEntry }
  | { readonly kind: 'delete'; readonly base: SnapshotEntry };

/**
 * Sends a publish plan in requests of up to 20 writes (creates first, then changes, then deletions), reporting
 * progress after each. Every update and deletion quotes the eTag of the last sync, so a row someone else changed
 * comes back as a conflict with both versions instead of being overwritten. `send` is the store's own `publish`
 * (the caller passes `store.publish`, so a reader goes from the call straight to the store's implementation).
 */
export async function publishChanges(
  send: ActivityStore['publish'],
  plan: PublishPlan,
  snapshot: SyncSnapshot,
  options: { readonly onProgress?: (progress: PublishProgress) => void; readonly now?: () => string } = {},
): Promise<PublishOutcome> {
  const operations: Operation[] = [
    ...plan.created.map((r) => ({ kind: 'create' as const, activity: r.activity })),
    ...plan.changed.map((c) => ({ kind: 'update' as const, activity: c.row.activity, base: c.base })),
    ...plan.deleted.map((base) => ({ kind: 'delete' as const, base })),
  ];
  const set: SnapshotEntry[] = [];
  const removed: string[] = [];
  const conflicts: RowConflict[] = [];
  const failures: { key: string; error: unknown }[] = [];
  let sortOrder = snapshot.entries.size;
  let done = 0;
  options.onProgress?.({ done, total: operations.length });

  let start = 0;
  while (start < operations.length) {
    // One kind per request keeps each envelope to one repository call.
    const kind = operations[start]!.kind;
    let end = start;
    while (end < operations.length && end - start < WRITES_PER_REQUEST && operations[end]!.kind === kind) end++;
    const chunk = operations.slice(start, end);
    const result = await send(changesOf(chunk), { firstSortOrder: sortOrder });
    const outcomes: Outcome[] =
      kind === 'delete'
        ? result.deleted.map((d) => (d.ok ? { ok: true } : { ok: false, error: (d as { readonly error?: unknown }).error }))
        : (kind === 'create' ? result.created : result.updated).map((o) =>
            o.ok ? { ok: true, version: { itemId: o.value.itemId, eTag: o.value.eTag } } : { ok: false, error: o.error },
          );
    chunk.forEach((operation, i) => {
      const outcome = outcomes[i];
      const key = operation.kind === 'delete' ? operation.base.key : operation.activity.id;
      if (outcome?.ok) {
        if (operation.kind === 'delete') removed.push(key);
        else if (outcome.version) set.push({ key, ...outcome.version, activity: operation.activity });
        return;
      }
      const error = outcome?.error;
      if (isConflictError(error)) {
        const theirs = error.theirs as { itemId: string; eTag: string; value: Activity } | null;
        conflicts.push({
          key,
          ...(theirs ? { remote: { activity: theirs.value, itemId: theirs.itemId, eTag: theirs.eTag } } : {}),
          ...(operation.kind !== 'create' ? { base: operation.base } : {}),
        });
      } else {
        failures.push({ key, error });
      }
    });
    if (kind === 'create') sortOrder += chunk.length;
    done += chunk.length;
    options.onProgress?.({ done, total: operations.length });
    start = end;
  }

  return {
    snapshot: updateSnapshot(snapshot, { set, remove: removed, syncedAt: (options.now ?? (() => new Date().toISOString()))() }),
    conflicts,
    failures,
  };
}

function changesOf(chunk: readonly Operation[]): ActivityChanges {
  return {
    create: chunk.flatMap((o) => (o.kind === 'create' ? [o.activity] : [])),
    update: chunk.flatMap((o) => (o.kind === 'update' ? [{ value: o.activity, version: { itemId: o.base.itemId, eTag: o.base.eTag } }] : [])),
    delete: chunk.flatMap((o) => (o.kind === 'delete' ? [{ itemId: o.base.itemId, eTag: o.base.eTag }] : [])),
  };
}
