import type { Institution } from '../../../domain/institution';
import type { PlanAction, Priority } from '../../../domain/plan/types';
import type { AgreedBestFit, ReflectionEntry, Review } from '../../../domain/review/types';
import type { LoadedReview } from '../../../data/reviews/repository';
import type { ReviewWatcher } from '../../../data/reviews/watch';
import type { ItemVersion, Versioned } from '../../../shared/versioned';

export type { LoadedReview } from '../../../data/reviews/repository';
export type { ListChanges, ReviewChanges, ReviewWatcher } from '../../../data/reviews/watch';

/** This academic year's action plan, as much of it as an action made in the meeting needs. */
export interface ActionPlan {
  readonly priorities: readonly Priority[];
  readonly actions: readonly PlanAction[];
}

/**
 * What the review UI needs from the data layer. `adapter.ts` adapts the repositories to it, so the
 * UI never sees Graph shapes. Writes quote the version they were based on (null to create) and reject with
 * a `ConflictError` carrying the stored version when someone else changed the item first.
 */
export interface ReviewData {
  institution(): Promise<Institution | undefined>;
  /** Every review of the institution, any status. */
  listReviews(): Promise<Versioned<Review>[]>;
  loadReview(reviewId: string): Promise<LoadedReview>;
  createReview(review: Review): Promise<Versioned<Review>>;
  updateReview(review: Review, basedOn: ItemVersion): Promise<Versioned<Review>>;
  saveReflection(reflection: ReflectionEntry, basedOn: ItemVersion | null): Promise<Versioned<ReflectionEntry>>;
  saveBestFit(bestFit: AgreedBestFit, basedOn: ItemVersion | null): Promise<Versioned<AgreedBestFit>>;
  /** This academic year's priorities and actions, for "Make this an action". */
  loadActionPlan(): Promise<ActionPlan>;
  /** Adds an action made from an agreed next step to this academic year's action plan, at `sortOrder`. */
  addPlanAction(action: PlanAction, sortOrder: number): Promise<Versioned<PlanAction>>;
  /** A new watch on the review lists, for one open review. */
  watchReviews(): ReviewWatcher;
}
