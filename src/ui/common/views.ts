/** The tab's views. 'review' is built here; plan, report and map are slots other parts of Waypoint fill. */
export type ViewId = 'review' | 'plan' | 'report' | 'map';

export const viewIds: readonly ViewId[] = ['review', 'plan', 'report', 'map'];

export const viewNames: Readonly<Record<ViewId, string>> = {
  review: 'Internal leadership review',
  plan: 'Strategic careers plan',
  report: "Governors' report",
  map: 'Provision map',
};

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (viewIds as readonly string[]).includes(value);
}
