// The provision map's values as its views see them; the port itself is `ProvisionMapData` in `adapter.ts`.

import type { Institution } from '../../../domain/institution';
import type { Activity, ProvisionMap } from '../../../domain/provision-map/types';
import type { Versioned } from '../../../shared/versioned';

export interface LoadedMap {
  readonly institution: Institution;
  /** The map of one academic year (`map.academicYear` says which). */
  readonly map: ProvisionMap;
  /** The map's activities with the versions a change must quote, in published order. */
  readonly activities: readonly Versioned<Activity>[];
}

/** What confirming carried activities did: those confirmed (new versions) and why the others were not. */
export interface ConfirmOutcome {
  readonly confirmed: readonly Versioned<Activity>[];
  /** One per activity not confirmed: a ConflictError when someone else changed it first, or a GraphError. */
  readonly failures: readonly unknown[];
}
