import type { DataContext } from '../../../data/data-context';
import { createReviewsRepository } from '../../../data/reviews/repository';
import { createSettingsRepository } from '../../../data/settings/repository';
import type { AgreedBestFit, ReflectionEntry, Review } from '../../../domain/review/types';
import { unwrap } from '../../../data/save';
import { UserFacingError } from '../../common/user-facing-error';
import type { ReviewData } from './port';
import { watchReviewLists } from '../../../data/reviews/watch';
import type { ItemVersion } from '../../../shared/versioned';

/** The review UI's port over the reviews and settings repositories. */
export function createReviewData(context: DataContext): ReviewData {
  const reviews = createReviewsRepository(context);
  const settings = createSettingsRepository(context);
  // The plan's data code loads when someone first makes an action, not with the review.
  const planRepository = async () => (await import('../../../data/plan/repository')).createPlanRepository(context);
  const version = (v: ItemVersion | null) => (v ? { version: v } : {});
  return {
    institution: async () => (await settings.getInstitution())?.value.institution,
    listReviews: () => reviews.list(),
    async loadReview(reviewId) {
      const loaded = await reviews.load(reviewId);
      if (!loaded) throw new UserFacingError('This review no longer exists: someone may have deleted it. Choose another from the history.');
      return loaded;
    },
    createReview: (review: Review) => reviews.saveReview(review),
    updateReview: (review: Review, basedOn) => reviews.saveReview(review, basedOn),
    saveReflection: async (reflection: ReflectionEntry, basedOn) =>
      unwrap(await reviews.saveReflections([{ value: reflection, ...version(basedOn) }])),
    saveBestFit: async (bestFit: AgreedBestFit, basedOn) =>
      unwrap(await reviews.saveBestFits([{ value: bestFit, ...version(basedOn) }])),
    async loadActionPlan() {
      const { priorities, actions } = await (await planRepository()).load();
      return { priorities: priorities.map((p) => p.value), actions: actions.map((a) => a.value) };
    },
    addPlanAction: async (action, sortOrder) =>
      unwrap(await (await planRepository()).saveActions([{ value: action, sortOrder }])),
    watchReviews: () => watchReviewLists(context),
  };
}

