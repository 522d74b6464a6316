import { type ComponentType, lazy } from 'react';

import type { ViewRegistry } from '../../ui/common/view-router';
import type { ViewId } from '../../ui/common/views';

const loaders: Readonly<Record<ViewId, () => Promise<{ default: ComponentType }>>> = {
  review: () => import('./review-view'),
  plan: () => import('./plan-slot'),
  report: () => import('./report-view'),
  map: () => import('./map-view'),
  impact: () => import('./impact-view'),
};

/** The tab's views, each its own chunk, loaded when first opened. */
export const tabViews: ViewRegistry = {
  review: lazy(loaders.review),
  plan: lazy(loaders.plan),
  report: lazy(loaders.report),
  map: lazy(loaders.map),
  impact: lazy(loaders.impact),
};

/** Starts fetching the view a tab opens on while its data is read (the chunk is then in hand when it renders). */
export function preloadView(view: ViewId): void {
  void loaders[view]().catch(() => undefined);
}
