import type { WorkbookGateway } from '../../provision-template/workbook-gateway';
import type { TemplateCatalogue } from '../../provision-template/catalogue';
import { mapSheet } from '../../provision-template/map-sheet';
import { stageOutcomesFromCodes } from '../../provision-template/outcomes-sheet';
import { templatePlan } from '../../provision-template/template-plan';
import { downloadFile } from './download';
import type { PaneRead } from './pane-read';

export const BLANK_TEMPLATE_NAME = 'Waypoint provision map template.xlsx';

/** What the Template tab can do to the workbook. */
export interface TemplateActions {
  createTemplate(): Promise<void>;
  redrawMap(pane: PaneRead, drawnOn: string): Promise<void>;
  downloadBlank(): Promise<void>;
}

/** The Template tab's actions; the .xlsx builder (and exceljs with it) loads only when used. */
export function templateActions(gateway: WorkbookGateway, catalogue: TemplateCatalogue): TemplateActions {
  const blankPlan = () => templatePlan({ catalogue, activities: [], stageOutcomes: stageOutcomesFromCodes([], catalogue) });
  return {
    createTemplate: () => gateway.createTemplate(blankPlan()),
    redrawMap: (pane, drawnOn) =>
      gateway.writeSheet(mapSheet({ activities: pane.map.activities, yearGroups: catalogue.yearGroups, stageOutcomes: pane.stageOutcomes, drawnOn }, catalogue)),
    async downloadBlank() {
      const { buildXlsx, XLSX_TYPE } = await import('../../provision-template/xlsx/build-xlsx');
      downloadFile(await buildXlsx(blankPlan()), BLANK_TEMPLATE_NAME, XLSX_TYPE);
    },
  };
}
