import type { Institution } from '../../../domain/institution';
import type { AgreedBestFit, ReflectionEntry, Review } from '../../../domain/review/types';
import type { LoadedReview } from '../../../data/reviews/repository';
import type { ReviewWatcher } from '../../../data/reviews/watch';
import type { ItemVersion, Versioned } from '../../../shared/versioned';

export type { LoadedReview } from '../../../data/reviews/repository';
export type { ListChanges, ReviewChanges, ReviewWatcher } from '../../../data/reviews/watch';

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
  /** A new watch on the review lists, for one open review. */
  watchReviews(): ReviewWatcher;
}
