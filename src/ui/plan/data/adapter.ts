import { maturityModel } from '../../../domain/catalogue';
import { agreedReviews } from '../../../domain/report';
import type { DataContext } from '../../../data/data-context';
import { createPlanRepository } from '../../../data/plan/repository';
import { createReviewsRepository } from '../../../data/reviews/repository';
import type { InstitutionSettings } from '../../../data/settings/mappers';
import { createSettingsRepository } from '../../../data/settings/repository';
import { throwFirstFailure, unwrap } from '../../../data/save';
import { yearsWithData } from '../../../data/years/years-with-data';
import type { AgreedReview, PlanData, PlanVisions } from './port';
import { type ConflictError, isConflictError } from '../../../shared/service-error';

const visionsOf = (s: InstitutionSettings): PlanVisions => ({
  institutionVision: s.institutionVision,
  careersVision: s.careersVision,
});

/** The plan port over the repositories: plan lists, the institution record (visions) and the reviews. */
export function createPlanData(ctx: DataContext): PlanData {
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
    async load(year) {
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

    loadYears: (years) => plan.loadYears(years),
    yearsWithData: () => yearsWithData(ctx),

    async saveVisions(visions: PlanVisions, basedOn) {
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

    async savePriority(priority, sortOrder, basedOn, year) {
      return unwrap(await plan.savePriorities([{ value: priority, sortOrder, ...(basedOn ? { version: basedOn } : {}) }], { year }));
    },

    async deletePriority(version) {
      throwFirstFailure(await plan.deletePriorities([version]));
    },

    async saveAction(action, sortOrder, basedOn, year) {
      return unwrap(await plan.saveActions([{ value: action, sortOrder, ...(basedOn ? { version: basedOn } : {}) }], { year }));
    },

    async deleteAction(version) {
      throwFirstFailure(await plan.deleteActions([version]));
    },
  };
}
