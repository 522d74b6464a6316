import type { Institution } from '../../../domain/institution';
import type { Activity, ProvisionMap } from '../../../domain/provision-map/types';
import type { ItemVersion, Versioned } from '../../../shared/versioned';

export interface LoadedMap {
  readonly institution: Institution;
  readonly map: ProvisionMap;
  /** The map's activities with the versions a change must quote, in published order. */
  readonly activities: readonly Versioned<Activity>[];
}

/**
 * What the provision map view needs: the same list the Excel pane publishes to (see `map-data-adapter.ts`).
 * Writes reject with a ConflictError when someone else changed the activity first, or a GraphError.
 */
export interface ProvisionMapData {
  load(): Promise<LoadedMap | null>;
  createActivity(activity: Activity, sortOrder: number): Promise<Versioned<Activity>>;
  updateActivity(activity: Activity, basedOn: ItemVersion): Promise<Versioned<Activity>>;
  deleteActivity(version: ItemVersion): Promise<void>;
}
