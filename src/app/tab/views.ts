import { lazy } from 'react';

import type { ViewRegistry } from '../../ui/common/view-router';

/** The tab's views, each its own chunk, loaded when first opened. */
export const tabViews: ViewRegistry = {
  review: lazy(() => import('./review-view')),
  plan: lazy(() => import('./plan-slot')),
  report: lazy(() => import('./report-view')),
  map: lazy(() => import('./map-view')),
  impact: lazy(() => import('./impact-view')),
};
