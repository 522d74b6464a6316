import type { AcademicYear } from '../../../domain/academic-year';
import type { Institution } from '../../../domain/institution';
import type { Activity, ProvisionMap } from '../../../domain/provision-map/types';
import type { CarryForwardMode, CarryForwardPlan } from '../../../domain/years/carry-forward';
import type { Decoded } from '../../../import/decoded';
import type { ImportFile } from '../../../import/decode-file';
import type { ImportPublishResult } from '../../../import/publish';
import type { ItemVersion, Versioned } from '../../../shared/versioned';

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
  /** Confirms carried activities for `year`, each guarded by its version, many per request. */
  confirmActivities(activities: readonly Versioned<Activity>[], year: AcademicYear): Promise<ConfirmOutcome>;
  /** The academic years that hold a map, a plan or a statutory record, latest first (see `yearsWithData`). */
  yearsWithData(): Promise<readonly AcademicYear[]>;
  /** What starting the year after `from` would copy; writes nothing. */
  previewNextYear(from: AcademicYear): Promise<CarryForwardPlan>;
  /** Writes exactly `preview`; a reader is refused with a NextYearPermissionError in plain words. */
  startNextYear(preview: CarryForwardPlan, mode: CarryForwardMode): Promise<void>;
  /** The rows of a school's own map (.xlsx or .csv), or why the file cannot be read; writes nothing. */
  readImportFile(file: ImportFile): Promise<Decoded>;
  /** An import's accepted activities into the map of `year`, in one publish, all or nothing. */
  publishImport(activities: readonly Activity[], year: AcademicYear, firstSortOrder: number): Promise<ImportPublishResult>;
}
