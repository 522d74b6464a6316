import type { AcademicYear } from '../../../domain/academic-year';
import type { Institution } from '../../../domain/institution';
import type { PlanAction, Priority } from '../../../domain/plan/types';
import type { AgreedBestFit, Review } from '../../../domain/review/types';
import type { ItemVersion, Versioned } from '../../../shared/versioned';

/** The plan's two visions (kept with the institution record). */
export interface PlanVisions {
  readonly institutionVision: string;
  readonly careersVision: string;
}

/** The latest agreed review, whose next steps can become actions. */
export interface AgreedReview {
  readonly review: Review;
  readonly bestFits: readonly AgreedBestFit[];
}

/** One academic year's priorities and actions. */
export interface PlanOfYear {
  readonly academicYear: AcademicYear;
  readonly priorities: readonly Versioned<Priority>[];
  readonly actions: readonly Versioned<PlanAction>[];
}

export interface LoadedPlan extends PlanOfYear {
  readonly institution: Institution;
  readonly visions: Versioned<PlanVisions>;
  readonly latestReview?: AgreedReview;
}

/**
 * What the plan views need from the data layer (adapted from the repositories in `plan-data-adapter.ts`).
 * Writes quote the version they were based on (null to create) and reject with a `ConflictError` carrying the
 * stored version when someone else changed the item first, or a `GraphError` (403 for a read-only member).
 */
export interface PlanData {
  /** The plan of one academic year; null when the site has no institution set up yet. */
  load(year: AcademicYear): Promise<LoadedPlan | null>;
  /** The plans of several years, in the order asked (the plan's year on year). */
  loadYears(years: readonly AcademicYear[]): Promise<readonly PlanOfYear[]>;
  /** The academic years that hold a map, a plan or a statutory record, latest first (see `yearsWithData`). */
  yearsWithData(): Promise<readonly AcademicYear[]>;
  saveVisions(visions: PlanVisions, basedOn: ItemVersion): Promise<Versioned<PlanVisions>>;
  /** `year`: the plan the priority belongs to, when it does not carry its own year. */
  savePriority(priority: Priority, sortOrder: number, basedOn: ItemVersion | null, year: AcademicYear): Promise<Versioned<Priority>>;
  deletePriority(version: ItemVersion): Promise<void>;
  saveAction(action: PlanAction, sortOrder: number, basedOn: ItemVersion | null, year: AcademicYear): Promise<Versioned<PlanAction>>;
  deleteAction(version: ItemVersion): Promise<void>;
}
