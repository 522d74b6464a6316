import type { ComponentType } from 'react';

import { preloadable } from '../../ui/common/preloadable';
import type { ViewRegistry } from '../../ui/common/view-router';
import type { ViewId } from '../../ui/common/views';

const view = (load: () => Promise<{ default: ComponentType }>) => preloadable(() => load().then((m) => m.default));

/** The tab's views, each its own chunk, loaded when first opened. */
const views = {
  review: view(() => import('./review-view')),
  plan: view(() => import('./plan-slot')),
  report: view(() => import('./report-view')),
  map: view(() => import('./map-view')),
  impact: view(() => import('./impact-view')),
};

export const tabViews: ViewRegistry = {
  review: views.review.Component,
  plan: views.plan.Component,
  report: views.report.Component,
  map: views.map.Component,
  impact: views.impact.Component,
};

/** Starts fetching the view a tab opens on while its data is read (the chunk is then in hand when it renders). */
export function preloadView(id: ViewId): void {
  void views[id].preload();
}
