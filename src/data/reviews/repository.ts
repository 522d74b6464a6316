import type { AgreedBestFit, ReflectionEntry, Review } from '../../domain/review/types';
import { getAllItems, KEY_COLUMN } from '../../graph/list-items';
import { readManyLists } from '../../graph/list-items-batch';
import { fieldEquals } from '../../graph/odata';
import { type CallOptions, type DataContext, listRef } from '../data-context';
import { PAGE_SIZE } from '../page-size';
import { type Codec, deleteMany, fromItems, type SaveEntry, type SaveOutcome, saveMany, saveOne, unwrap } from '../save';
import {
  BEST_FIT_SELECT,
  bestFitFromFields,
  bestFitsOfReview,
  bestFitToFields,
  REFLECTION_SELECT,
  reflectionEntryFromFields,
  reflectionsOfReview,
  reflectionToFields,
  REVIEW_SELECT,
  reviewFromFields,
  reviewToFields,
} from './mappers';
import type { ItemVersion, Versioned } from '../../shared/versioned';

export const reviewCodec: Codec<Review> = { list: 'reviews', select: REVIEW_SELECT, toFields: reviewToFields, fromFields: reviewFromFields };
/** Reflections and drafts (a note without a choice yet): both are stored, so a draft survives a reload. */
export const reflectionCodec: Codec<ReflectionEntry> = {
  list: 'reflections',
  select: REFLECTION_SELECT,
  toFields: reflectionToFields,
  fromFields: reflectionEntryFromFields,
};
export const bestFitCodec: Codec<AgreedBestFit> = {
  list: 'bestFits',
  select: BEST_FIT_SELECT,
  toFields: bestFitToFields,
  fromFields: bestFitFromFields,
};

/** A review with everything recorded against it, each part with the version to write back. */
export interface LoadedReview {
  readonly review: Versioned<Review>;
  readonly reflections: readonly Versioned<ReflectionEntry>[];
  readonly bestFits: readonly Versioned<AgreedBestFit>[];
}

/** One value through the batch writer, whose single write is a plain request that still checks an unknown outcome. */
async function saveSingle<T>(ctx: DataContext, codec: Codec<T>, value: T, basedOn: ItemVersion | null, options: CallOptions): Promise<Versioned<T>> {
  return unwrap(await saveMany(ctx, codec, [{ value, ...(basedOn ? { version: basedOn } : {}) }], options));
}

export function createReviewsRepository(ctx: DataContext) {
  return {
    /** Every review on the site, newest meeting first. */
    async list(options: CallOptions = {}): Promise<Versioned<Review>[]> {
      const items = await getAllItems(ctx.graph, listRef(ctx, 'reviews'), { select: REVIEW_SELECT, top: PAGE_SIZE }, options);
      return fromItems(items, reviewFromFields).sort((a, b) => b.value.date.localeCompare(a.value.date));
    },

    /**
     * The review, all reflections and all best fits in ONE $batch of three filtered queries
     * (each on one indexed column); a second round only if a page came back with a nextLink.
     */
    async load(reviewId: string, options: CallOptions = {}): Promise<LoadedReview | null> {
      const [reviews, reflections, bestFits] = await readManyLists(
        ctx.graph,
        [
          { list: listRef(ctx, 'reviews'), query: { select: REVIEW_SELECT, filter: fieldEquals(KEY_COLUMN, reviewId), top: 1 } },
          { list: listRef(ctx, 'reflections'), query: { select: REFLECTION_SELECT, filter: reflectionsOfReview(reviewId), top: PAGE_SIZE } },
          { list: listRef(ctx, 'bestFits'), query: { select: BEST_FIT_SELECT, filter: bestFitsOfReview(reviewId), top: PAGE_SIZE } },
        ],
        options,
      );
      const [review] = fromItems(reviews ?? [], reviewFromFields);
      if (!review) return null;
      return {
        review,
        reflections: fromItems(reflections ?? [], reflectionEntryFromFields),
        bestFits: fromItems(bestFits ?? [], bestFitFromFields),
      };
    },

    saveReview(review: Review, version?: ItemVersion, options: CallOptions = {}): Promise<Versioned<Review>> {
      return saveOne(ctx, reviewCodec, { value: review, ...(version ? { version } : {}) }, options);
    },

    /** Several reviews at once (e.g. loading a whole institution). */
    saveReviews(entries: readonly SaveEntry<Review>[], options: CallOptions = {}): Promise<SaveOutcome<Review>[]> {
      return saveMany(ctx, reviewCodec, entries, options);
    },

    /** One person's reflections (or anyone's): ≤ 20 per round trip, each guarded by its eTag. */
    saveReflections(entries: readonly SaveEntry<ReflectionEntry>[], options: CallOptions = {}): Promise<SaveOutcome<ReflectionEntry>[]> {
      return saveMany(ctx, reflectionCodec, entries, options);
    },

    /** One reflection or draft against the version it was based on (null to create); throws ConflictError<ReflectionEntry> or GraphError. */
    async saveReflection(reflection: ReflectionEntry, basedOn: ItemVersion | null, options: CallOptions = {}): Promise<Versioned<ReflectionEntry>> {
      return saveSingle(ctx, reflectionCodec, reflection, basedOn, options);
    },

    saveBestFits(entries: readonly SaveEntry<AgreedBestFit>[], options: CallOptions = {}): Promise<SaveOutcome<AgreedBestFit>[]> {
      return saveMany(ctx, bestFitCodec, entries, options);
    },

    /** One row's agreed best fit against the version it was based on (null to create); throws ConflictError<AgreedBestFit> or GraphError. */
    async saveBestFit(bestFit: AgreedBestFit, basedOn: ItemVersion | null, options: CallOptions = {}): Promise<Versioned<AgreedBestFit>> {
      return saveSingle(ctx, bestFitCodec, bestFit, basedOn, options);
    },

    /** Deletes reflections and best fits first, the review last, so nothing is left orphaned. */
    async delete(loaded: LoadedReview, options: CallOptions = {}): Promise<{ readonly ok: boolean }[]> {
      const parts = [
        ...(await deleteMany(ctx, 'reflections', loaded.reflections, options)),
        ...(await deleteMany(ctx, 'bestFits', loaded.bestFits, options)),
      ];
      if (parts.some((p) => !p.ok)) return parts;
      return [...parts, ...(await deleteMany(ctx, 'reviews', [loaded.review], options))];
    },
  };
}

export type ReviewsRepository = ReturnType<typeof createReviewsRepository>;
