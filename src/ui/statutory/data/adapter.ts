import type { DataContext } from '../../../data/data-context';
import { createPlanRepository } from '../../../data/plan/repository';
import { createMapReader } from '../../../data/provision-map/read-map';
import { createReviewsRepository } from '../../../data/reviews/repository';
import { createSettingsRepository } from '../../../data/settings/repository';
import { createStatutoryRepository } from '../../../data/statutory/repository';
import { yearsWithData } from '../../../data/years/years-with-data';
import { strategicEvidence } from '../../../domain/statutory/strategic';
import type { StatutoryData } from './port';

/** The statutory duties port over the repositories. */
export function createStatutoryData(ctx: DataContext): StatutoryData {
  const settings = createSettingsRepository(ctx);
  const statutory = createStatutoryRepository(ctx);
  const readMap = createMapReader(ctx);
  const plans = createPlanRepository(ctx);
  const reviewList = createReviewsRepository(ctx);
  return {
    async load(year) {
      const record = await settings.getInstitution();
      if (!record) return null;
      const { institution } = record.value;
      const [stored, loaded, plan, reviews] = await Promise.all([
        statutory.get(institution.id, { year }),
        readMap(institution, year),
        plans.load({ year }),
        reviewList.list(),
      ]);
      const strategic = strategicEvidence(plan, reviews.map((r) => r.value));
      return { institution, record: stored, map: loaded.map, strategic };
    },
    save(record, basedOn, year) {
      return statutory.save(record, basedOn ?? undefined, { year });
    },
    yearsWithData: () => yearsWithData(ctx),
  };
}
