import type { DataContext } from '../../data/data-context';
import { createReviewsRepository } from '../../data/reviews/repository';
import { createSettingsRepository } from '../../data/settings/repository';
import type { AgreedBestFit, Reflection, Review } from '../../domain/review/types';
import { UserFacingError } from '../../ui/common/user-facing-error';
import type { ReviewData } from '../../ui/review/review-data';
import { reviewListsDelta } from './review-delta';
import type { ItemVersion } from '../../shared/versioned';

/** The review UI's port over the reviews and settings repositories. */
export function createReviewData(context: DataContext): ReviewData {
  const reviews = createReviewsRepository(context);
  const settings = createSettingsRepository(context);
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
    saveReflection: async (reflection: Reflection, basedOn) =>
      one(await reviews.saveReflections([{ value: reflection, ...version(basedOn) }])),
    saveBestFit: async (bestFit: AgreedBestFit, basedOn) =>
      one(await reviews.saveBestFits([{ value: bestFit, ...version(basedOn) }])),
    watchReviews: () => reviewListsDelta(context),
  };
}

function one<T>(outcomes: readonly ({ ok: true; value: T } | { ok: false; error: Error })[]): T {
  const [outcome] = outcomes;
  if (!outcome) throw new Error('The save returned nothing.');
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}
