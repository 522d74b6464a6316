import type { Activity } from '../domain/provision-map/types';
import type { TemplateCatalogue } from './catalogue';
import { templateColumns, type ColumnId } from './columns';
import { audienceNames, yesNoNames } from './lists';
import type { CellValue } from './plan';

/** An activity as a row of the Activities table, in column order: names, not ids, as the drop-downs show them. */
export function activityToRow(activity: Activity, catalogue: TemplateCatalogue): CellValue[] {
  const values: Record<ColumnId, CellValue> = {
    stage: catalogue.stages.find((s) => s.id === activity.stage)?.name ?? activity.stage,
    // Numeric year groups are numbers, as the drop-down offers them.
    yearGroup: /^\d+$/.test(activity.yearGroup) ? Number(activity.yearGroup) : activity.yearGroup,
    title: activity.title,
    categories: activity.categories.map((id) => catalogue.categories.find((c) => c.id === id)?.name ?? id).join('; '),
    learningOutcomes: activity.learningOutcomes.join('; '),
    benchmarks: activity.benchmarks.length === 1 ? activity.benchmarks[0]! : activity.benchmarks.join('; '),
    audience: activity.audience.kind === 'targeted' ? audienceNames.targeted : audienceNames.universal,
    targetedGroup: activity.audience.kind === 'targeted' ? activity.audience.group : null,
    term: activity.term ?? null,
    parentsAndCarers: activity.parentsAndCarers ? yesNoNames.yes : yesNoNames.no,
    provider: activity.provider ?? null,
    evidenceLink: activity.evidenceLink ?? null,
    key: activity.id,
  };
  return templateColumns.map((c) => values[c.id]);
}
