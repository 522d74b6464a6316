import type { Activity } from '../../domain/provision-map/types';
import type { ItemVersion, Versioned } from '../../shared/versioned';

/**
 * The team's provision map as sync needs it, in domain terms: the data layer's repository satisfies it as it is
 * (`createProvisionMapRepository` in src/data/provision-map/repository.ts, given by src/app/taskpane/pane-services.ts;
 * an activity's list fields are in src/data/provision-map/mappers.ts), and tests hand in fakes. Nothing here knows
 * of lists or Graph.
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
