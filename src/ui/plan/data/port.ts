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

export interface LoadedPlan {
  readonly institution: Institution;
  readonly visions: Versioned<PlanVisions>;
  readonly priorities: readonly Versioned<Priority>[];
  readonly actions: readonly Versioned<PlanAction>[];
  readonly latestReview?: AgreedReview;
}

/**
 * What the plan views need from the data layer (adapted from the repositories in `plan-data-adapter.ts`).
 * Writes quote the version they were based on (null to create) and reject with a `ConflictError` carrying the
 * stored version when someone else changed the item first, or a `GraphError` (403 for a read-only member).
 */
export interface PlanData {
  /** Null when the site has no institution set up yet. */
  load(): Promise<LoadedPlan | null>;
  saveVisions(visions: PlanVisions, basedOn: ItemVersion): Promise<Versioned<PlanVisions>>;
  savePriority(priority: Priority, sortOrder: number, basedOn: ItemVersion | null): Promise<Versioned<Priority>>;
  deletePriority(version: ItemVersion): Promise<void>;
  saveAction(action: PlanAction, sortOrder: number, basedOn: ItemVersion | null): Promise<Versioned<PlanAction>>;
  deleteAction(version: ItemVersion): Promise<void>;
}
