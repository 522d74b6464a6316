/** The tab's views. 'review' is built here; plan, report, map and impact are slots other parts of Waypoint fill. */
export type ViewId = 'review' | 'plan' | 'report' | 'map' | 'impact';

export const viewIds: readonly ViewId[] = ['review', 'plan', 'report', 'map', 'impact'];

export const viewNames: Readonly<Record<ViewId, string>> = {
  review: 'Internal leadership review',
  plan: 'Strategic careers plan',
  report: "Governors' report",
  map: 'Provision map',
  impact: 'Impact evidence',
};

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (viewIds as readonly string[]).includes(value);
}
