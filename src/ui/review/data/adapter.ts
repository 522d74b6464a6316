import type { DataContext } from '../../../data/data-context';
import { createReviewsRepository, type LoadedReview } from '../../../data/reviews/repository';
import { watchReviewLists } from '../../../data/reviews/watch';
import { createSettingsRepository } from '../../../data/settings/repository';
import { unwrap } from '../../../data/save';
import type { Institution } from '../../../domain/institution';
import type { PlanAction } from '../../../domain/plan/types';
import type { Review } from '../../../domain/review/types';
import type { ItemVersion, Versioned } from '../../../shared/versioned';
import { UserFacingError } from '../../common/user-facing-error';
import type { ActionPlan } from './port';

/**
 * The review's port: what the review views may ask of the data layer, each written here over the repositories
 * (reviews, the institution record, the plan for "Make this an action"), or the repository's own method, so a
 * reader goes from a view's call straight to the repository it uses. Writes quote the version they were based on
 * (null to create) and reject with a `ConflictError` carrying the stored version when someone else changed the
 * item first.
 */
export type ReviewData = ReturnType<typeof createReviewData>;

export function createReviewData(context: DataContext) {
  const reviews = createReviewsRepository(context);
  const settings = createSettingsRepository(context);
  // The plan's data code loads when someone first makes an action, not with the review.
  const planRepository = async () => (await import('../../../data/plan/repository')).createPlanRepository(context);
  return {
    institution: async (): Promise<Institution | undefined> => (await settings.getInstitution())?.value.institution,
    /** Every review of the institution, any status. */
    listReviews: (): Promise<Versioned<Review>[]> => reviews.list(),
    async loadReview(reviewId: string): Promise<LoadedReview> {
      const loaded = await reviews.load(reviewId);
      if (!loaded) throw new UserFacingError('This review no longer exists: someone may have deleted it. Choose another from the history.');
      return loaded;
    },
    createReview: (review: Review): Promise<Versioned<Review>> => reviews.saveReview(review),
    updateReview: (review: Review, basedOn: ItemVersion): Promise<Versioned<Review>> => reviews.saveReview(review, basedOn),
    saveReflection: reviews.saveReflection,
    saveBestFit: reviews.saveBestFit,
    /** This academic year's priorities and actions, for "Make this an action". */
    async loadActionPlan(): Promise<ActionPlan> {
      const { priorities, actions } = await (await planRepository()).load();
      return { priorities: priorities.map((p) => p.value), actions: actions.map((a) => a.value) };
    },
    /** Adds an action made from an agreed next step to this academic year's action plan, at `sortOrder`. */
    addPlanAction: async (action: PlanAction, sortOrder: number): Promise<Versioned<PlanAction>> =>
      unwrap(await (await planRepository()).saveActions([{ value: action, sortOrder }])),
    /** A new watch on the review lists, for one open review. */
    watchReviews: () => watchReviewLists(context),
  };
}
