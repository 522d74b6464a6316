import type { DataContext } from '../../data/data-context';
import { createProvisionMapData } from '../../ui/map/data/adapter';
import { createPlanData } from '../../ui/plan/data/adapter';
import { createReportData } from '../../ui/report/data/adapter';
import { createReviewData } from '../../ui/review/data/adapter';
import { createStatutoryData } from '../../ui/statutory/data/adapter';
import type { TabPorts } from './tab-ports';

/** Each feature's port over the team site's lists (loaded after first paint, with the data layer). */
export function createTabPorts(ctx: DataContext): TabPorts {
  return {
    reviews: createReviewData(ctx),
    plan: createPlanData(ctx),
    statutory: createStatutoryData(ctx),
    map: createProvisionMapData(ctx),
    report: createReportData(ctx),
  };
}
