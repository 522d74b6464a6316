import type { DataContext } from '../../data/data-context';
import { createReviewData } from '../../ui/review/data/adapter';
import type { TabPorts } from './tab-ports';

/** The review's port over the team site's lists (loaded after first paint, with the data layer). */
export function createTabPorts(ctx: DataContext): TabPorts {
  return { reviews: createReviewData(ctx), site: ctx };
}
