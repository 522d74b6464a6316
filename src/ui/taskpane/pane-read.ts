import type { StageId } from '../../domain/catalogue';
import type { Finding } from '../../domain/findings';
import { mapFindings } from '../../domain/provision-map/findings';
import type { ProvisionMap } from '../../domain/provision-map/types';
import type { WorkbookRead } from '../../provision-template/workbook-gateway';
import { type TemplateCatalogue, withOwnCategories } from '../../provision-template/catalogue';
import { stageOutcomesFromCodes } from '../../provision-template/outcomes-sheet';
import { readTemplateRows, type RowMemo, type TemplateRead } from '../../provision-template/read-rows';
import { snapshotFromRows, type SyncSnapshot } from '../../provision-template/sync/snapshot';

/** One reading of the workbook, with everything the pane derives from it. */
export interface PaneRead {
  readonly workbook: WorkbookRead;
  readonly template: TemplateRead;
  readonly stageOutcomes: Readonly<Record<StageId, readonly string[]>>;
  readonly snapshot: SyncSnapshot;
  /** The valid rows as a provision map (rows with problems are left out until fixed). */
  readonly map: ProvisionMap;
  readonly findings: readonly Finding[];
}

/** `readBefore`: rows read already (see ReadOptions), so a read after an edit reads only the rows edited. */
export function interpretRead(workbook: WorkbookRead, given: TemplateCatalogue, newKey: () => string, readBefore?: RowMemo): PaneRead {
  const snapshot = snapshotFromRows(workbook.snapshotRows);
  // The school's own categories already on the team's site were agreed when they went there: not asked about again.
  const catalogue = withOwnCategories(given, [...snapshot.entries.values()].flatMap((e) => e.activity.categories));
  const template = readTemplateRows(workbook.activities, { catalogue, newKey, ...(readBefore ? { readBefore } : {}) });
  // The workbook's own choices win; a workbook with none chosen (a blank template, or activities pulled from the
  // site, which brings no stage outcomes) reads the site's, so the pane judges the same map as the Teams tab.
  const chosen = stageOutcomesFromCodes(workbook.outcomeCodes, catalogue);
  const stageOutcomes = Object.values(chosen).some((ids) => ids.length > 0) ? chosen : { ...chosen, ...catalogue.siteStageOutcomes };
  const map: ProvisionMap = {
    institutionId: 'workbook',
    yearGroups: catalogue.yearGroups,
    activities: template.rows.map((r) => r.activity),
    stageOutcomes,
  };
  return {
    workbook,
    template,
    stageOutcomes,
    snapshot,
    map,
    findings: mapFindings(map, { ownOutcomes: catalogue.outcomes.filter((o) => !o.universal), categories: catalogue.categories }),
  };
}
