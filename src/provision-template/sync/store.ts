import type { Activity } from '../../domain/provision-map/types';
import type { ItemVersion, Versioned } from '../../shared/versioned';

/**
 * The team's provision map as sync needs it, in domain terms; nothing here knows of lists or Graph. The provision
 * map repository (src/data/provision-map/repository.ts) satisfies it as it is: the pane holds it by its own type
 * (`PaneStore`, src/ui/taskpane/data/store.ts) and hands `publishChanges` its `publish`, so a reader goes from the
 * pane's call to the repository; tests hand in the local server's repository or fakes.
 */
export interface ActivityStore {
  publish(changes: ActivityChanges, options?: { readonly firstSortOrder?: number }): Promise<PublishResult>;
  refresh(deltaLink?: string): Promise<ActivityRefresh>;
}

/** What one publish sends: new, changed and removed activities. */
export interface ActivityChanges {
  readonly create?: readonly Activity[];
  readonly update?: readonly { readonly value: Activity; readonly version: ItemVersion }[];
  readonly delete?: readonly ItemVersion[];
}

/** Each write's outcome, in the order sent: the saved version, or why not (a ConflictError when someone else changed it). */
export type WriteOutcome = { readonly ok: true; readonly value: Versioned<Activity> } | { readonly ok: false; readonly error: unknown };

export interface PublishResult {
  readonly created: readonly WriteOutcome[];
  readonly updated: readonly WriteOutcome[];
  readonly deleted: readonly { readonly ok: boolean; readonly error?: unknown }[];
}

/** What changed on the year's map since a delta link (or everything, when `resynced`). */
export interface ActivityRefresh {
  readonly changed: readonly Versioned<Activity>[];
  /** Items no longer on the year's map (deleted, or moved to another year); may name items never held. */
  readonly removedItemIds: readonly string[];
  readonly deltaLink: string;
  /** True: `changed` is the whole map; replace what you hold rather than merge. */
  readonly resynced: boolean;
}
