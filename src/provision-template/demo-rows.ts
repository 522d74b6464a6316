import type { Activity } from '../domain/provision-map/types';
import type { TemplateCatalogue } from './catalogue';
import type { CellValue } from './plan';
import type { TemplateRow } from './read-rows';
import { activityToRow } from './row-values';

/**
 * The demo school's rows carry this at the start of their key, so the workbook itself says it holds the demo: after
 * the pane is closed and opened again, and whoever opens the workbook. No key the site or the pane makes starts so.
 */
const DEMO_KEY = 'demo:';

/** The demo school's activities as rows of the Activities table, each marked as the demo's. */
export function demoRows(activities: readonly Activity[], catalogue: TemplateCatalogue): CellValue[][] {
  return activities.map((a) => activityToRow({ ...a, id: `${DEMO_KEY}${a.id}` }, catalogue));
}

/** True while any row of the workbook is one of the demo school's. */
export const holdsDemo = (rows: readonly TemplateRow[]): boolean => rows.some((r) => r.activity.id.startsWith(DEMO_KEY));

/** Why Publish is off while the demo is shown. */
export const DEMO_NOT_PUBLISHED =
  'Publishing is off while this workbook holds the demo school: its activities are examples and must never reach your team’s site. ' +
  'Delete the demo school’s rows (their keys begin “demo:”), or keep your own map in another workbook.';
