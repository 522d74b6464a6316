import { maturityModel } from '../../../domain/catalogue';
import { agreedReviews } from '../../../domain/report';
import type { DataContext } from '../../../data/data-context';
import { createPlanRepository } from '../../../data/plan/repository';
import { createReviewsRepository } from '../../../data/reviews/repository';
import type { InstitutionSettings } from '../../../data/settings/mappers';
import { createSettingsRepository } from '../../../data/settings/repository';
import { throwFirstFailure, unwrap } from '../../../data/save';
import { yearsWithData } from '../../../data/years/years-with-data';
import type { AgreedReview, LoadedPlan, PlanVisions } from './port';
import type { AcademicYear } from '../../../domain/academic-year';
import type { PlanAction, Priority } from '../../../domain/plan/types';
import { type ConflictError, isConflictError } from '../../../shared/service-error';
import type { ItemVersion, Versioned } from '../../../shared/versioned';

const visionsOf = (s: InstitutionSettings): PlanVisions => ({
  institutionVision: s.institutionVision,
  careersVision: s.careersVision,
});

/**
 * The plan's port: what the plan views may ask of the data layer, each written here over the repositories (plan
 * lists, the institution record for the visions, the reviews), so a reader goes from a view's call straight to the
 * repository it uses. Writes quote the version they were based on (null to create) and reject with a
 * `ConflictError` carrying the stored version when someone else changed the item first, or a `GraphError` (403 for
 * a read-only member).
 */
export type PlanData = ReturnType<typeof createPlanData>;

export function createPlanData(ctx: DataContext) {
  const plan = createPlanRepository(ctx);
  const settings = createSettingsRepository(ctx);
  const reviews = createReviewsRepository(ctx);

  async function latestAgreed(variant: Parameters<typeof maturityModel>[0]): Promise<AgreedReview | undefined> {
    const all = await reviews.list();
    const { current } = agreedReviews(all.map((r) => ({ review: r.value })), maturityModel(variant));
    if (!current) return undefined;
    const loaded = await reviews.load(current.review.id);
    return loaded ? { review: loaded.review.value, bestFits: loaded.bestFits.map((b) => b.value) } : undefined;
  }

  return {
    /** The plan of one academic year; null when the site has no institution set up yet. */
    async load(year: AcademicYear): Promise<LoadedPlan | null> {
      const [record, lists] = await Promise.all([settings.getInstitution(), plan.load({ year })]);
      if (!record) return null;
      const { institution, institutionVision, careersVision } = record.value;
      const latestReview = await latestAgreed(institution.variant);
      return {
        institution,
        visions: { value: { institutionVision, careersVision }, itemId: record.itemId, eTag: record.eTag },
        ...lists,
        ...(latestReview ? { latestReview } : {}),
      };
    },

    /** The plans of several years, in the order asked (the plan's year on year). */
    loadYears: (years: readonly AcademicYear[]) => plan.loadYears(years),
    /** The academic years that hold a map, a plan or a statutory record, latest first (see `yearsWithData`). */
    yearsWithData: () => yearsWithData(ctx),

    async saveVisions(visions: PlanVisions, basedOn: ItemVersion): Promise<Versioned<PlanVisions>> {
      const record = await settings.getInstitution();
      if (!record) throw new Error('This team has no institution set up yet.');
      try {
        const saved = await settings.saveInstitution({ ...record.value, ...visions }, basedOn);
        return { value: visions, itemId: saved.itemId, eTag: saved.eTag };
      } catch (error) {
        // The record also holds the institution; only the visions are ours to compare.
        if (isConflictError(error)) throw (error as ConflictError<InstitutionSettings>).map(visions, visionsOf);
        throw error;
      }
    },

    /** `year`: the plan the priority belongs to, when it does not carry its own year. */
    async savePriority(priority: Priority, sortOrder: number, basedOn: ItemVersion | null, year: AcademicYear): Promise<Versioned<Priority>> {
      return unwrap(await plan.savePriorities([{ value: priority, sortOrder, ...(basedOn ? { version: basedOn } : {}) }], { year }));
    },

    async deletePriority(version: ItemVersion): Promise<void> {
      throwFirstFailure(await plan.deletePriorities([version]));
    },

    async saveAction(action: PlanAction, sortOrder: number, basedOn: ItemVersion | null, year: AcademicYear): Promise<Versioned<PlanAction>> {
      return unwrap(await plan.saveActions([{ value: action, sortOrder, ...(basedOn ? { version: basedOn } : {}) }], { year }));
    },

    async deleteAction(version: ItemVersion): Promise<void> {
      throwFirstFailure(await plan.deleteActions([version]));
    },
  };
}
