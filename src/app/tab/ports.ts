import type { DataContext } from '../../data/data-context';
import type { ReviewData } from '../../ui/review/data/port';
import { createReviewData } from '../../ui/review/data/adapter';
import type { TabPorts } from './tab-ports';

/** The review's port over the team site's lists (or the one whose first reads are already under way). */
export function createTabPorts(ctx: DataContext, reviews: ReviewData = createReviewData(ctx)): TabPorts {
  return { reviews, site: ctx };
}
