import type { Institution } from '../../domain/institution';
import type { AgreedBestFit, Reflection, Review } from '../../domain/review/types';
import type { ItemVersion, Versioned } from '../../shared/versioned';

/** One review as loaded: the review item, every reflection and every agreed best fit, each with its eTag. */
export interface ReviewBundle {
  readonly review: Versioned<Review>;
  readonly reflections: readonly Versioned<Reflection>[];
  readonly bestFits: readonly Versioned<AgreedBestFit>[];
}

/** What changed in one list since the previous poll. */
export interface ListChanges<T> {
  readonly changed: readonly Versioned<T>[];
  readonly deletedItemIds: readonly string[];
  /** A full enumeration (the first poll, or the service reset the delta): replace, do not merge. */
  readonly resynced: boolean;
}

/** What changed in the three review lists since the previous poll. */
export interface ReviewChanges {
  readonly reviews: ListChanges<Review>;
  readonly reflections: ListChanges<Reflection>;
  readonly bestFits: ListChanges<AgreedBestFit>;
}

/**
 * What the review UI needs from the data layer. `src/app/services.ts` adapts the repositories to it, so the
 * UI never sees Graph shapes. Writes quote the version they were based on (null to create) and reject with
 * a `ConflictError` carrying the stored version when someone else changed the item first.
 */
export interface ReviewData {
  institution(): Promise<Institution | undefined>;
  /** Every review of the institution, any status. */
  listReviews(): Promise<Versioned<Review>[]>;
  loadReview(reviewId: string): Promise<ReviewBundle>;
  createReview(review: Review): Promise<Versioned<Review>>;
  updateReview(review: Review, basedOn: ItemVersion): Promise<Versioned<Review>>;
  saveReflection(reflection: Reflection, basedOn: ItemVersion | null): Promise<Versioned<Reflection>>;
  saveBestFit(bestFit: AgreedBestFit, basedOn: ItemVersion | null): Promise<Versioned<AgreedBestFit>>;
  /** A new watch on the review lists, for one open review. */
  watchReviews(): ReviewWatcher;
}

/**
 * Incremental refresh of the review lists: `start` takes the lists' current position (before the review is
 * read, so nothing in between is missed); each `poll` then returns what changed since (one request while
 * nothing does).
 */
export interface ReviewWatcher {
  start(): Promise<void>;
  poll(): Promise<ReviewChanges>;
}
