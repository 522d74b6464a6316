import { MemoryWorkbookGateway } from '../../host/excel/memory-workbook-gateway';
import { OfficeWorkbookGateway } from '../../host/excel/office-workbook-gateway';
import { detectOfficeHost } from '../../host/office/office-host';
import { templateCatalogue } from '../../provision-template/catalogue';
import { stageOutcomesFromCodes } from '../../provision-template/outcomes-sheet';
import { templatePlan } from '../../provision-template/template-plan';
import { mount } from '../mount';
import { ExcelPaneApp, PlainBrowserApp } from './taskpane-app';

/** The Excel task pane: in Excel, the open workbook; in a plain browser, a demo workbook kept in the page. */
const host = await detectOfficeHost();
// Where the template's cells sit depends only on the stages, which every catalogue shares.
const catalogue = templateCatalogue();

if (host.kind === 'excel') {
  mount(<ExcelPaneApp gateway={new OfficeWorkbookGateway({ run: host.run, catalogue, multiAreaSelect: host.multiAreaSelect })} />);
} else {
  const demo = new MemoryWorkbookGateway(catalogue);
  await demo.createTemplate(templatePlan({ catalogue, activities: [], stageOutcomes: stageOutcomesFromCodes([], catalogue) }));
  mount(<PlainBrowserApp demo={demo} {...(host.kind === 'unsupported' ? { unsupported: host.error } : {})} />);
}
