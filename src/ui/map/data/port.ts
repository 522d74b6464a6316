import type { AcademicYear } from '../../../domain/academic-year';
import type { Institution } from '../../../domain/institution';
import type { Activity, ProvisionMap } from '../../../domain/provision-map/types';
import type { CarryForwardMode, CarryForwardPlan } from '../../../domain/years/carry-forward';
import type { ItemVersion, Versioned } from '../../../shared/versioned';

export interface LoadedMap {
  readonly institution: Institution;
  /** The map of one academic year (`map.academicYear` says which). */
  readonly map: ProvisionMap;
  /** The map's activities with the versions a change must quote, in published order. */
  readonly activities: readonly Versioned<Activity>[];
}

/**
 * What the provision map view needs: the same list the Excel pane publishes to (see `map-data-adapter.ts`),
 * one academic year at a time. Writes reject with a ConflictError when someone else changed the activity
 * first, or a GraphError.
 */
export interface ProvisionMapData {
  load(year: AcademicYear): Promise<LoadedMap | null>;
  createActivity(activity: Activity, sortOrder: number, year: AcademicYear): Promise<Versioned<Activity>>;
  updateActivity(activity: Activity, basedOn: ItemVersion, year: AcademicYear): Promise<Versioned<Activity>>;
  deleteActivity(version: ItemVersion): Promise<void>;
  /** The academic years that hold a map, a plan or a statutory record, latest first (see `yearsWithData`). */
  yearsWithData(): Promise<readonly AcademicYear[]>;
  /** What starting the year after `from` would copy; writes nothing. */
  previewNextYear(from: AcademicYear): Promise<CarryForwardPlan>;
  /** Writes exactly `preview`; a reader is refused with a NextYearPermissionError in plain words. */
  startNextYear(preview: CarryForwardPlan, mode: CarryForwardMode): Promise<void>;
}
