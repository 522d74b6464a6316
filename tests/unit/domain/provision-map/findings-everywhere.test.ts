// One set of findings everywhere: the Excel pane, the Teams tab's map view and the governors' report compute the
// demo map's findings through their own code paths and must agree, stage outcomes included.
import { describe, expect, it } from 'vitest';

import {
  activityFromFields,
  activityToFields,
  stageOutcomesFromFields,
  stageOutcomesToFields,
} from '../../../../src/data/provision-map/mappers';
import { DEMO_AS_OF, demoSchool } from '../../../../src/demo/demo-school';
import type { StageId } from '../../../../src/domain/catalogue/types';
import type { Finding } from '../../../../src/domain/findings';
import { mapFindings } from '../../../../src/domain/provision-map/findings';
import type { ProvisionMap } from '../../../../src/domain/provision-map/types';
import { governorsReport } from '../../../../src/domain/report';
import { MemoryWorkbookGateway } from '../../../../src/host/excel/memory-workbook-gateway';
import type { Fields } from '../../../../src/graph/list-items';
import { templateCatalogue } from '../../../../src/provision-template/catalogue';
import { stageOutcomesFromCodes } from '../../../../src/provision-template/outcomes-sheet';
import { templatePlan } from '../../../../src/provision-template/template-plan';
import { guidanceFor } from '../../../../src/ui/taskpane/guidance';
import { interpretRead } from '../../../../src/ui/taskpane/pane-read';

const demo = demoSchool.provisionMap;
const stored = (fields: Fields): Fields =>
  Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(fields)) as Record<string, unknown>).filter(([, v]) => v !== null));
const summary = (findings: readonly Finding[]) => findings.map((f) => [f.severity, f.kind, f.message]);

/** The map view's path: the site's items read back through the data layer's mappers, then the view's function. */
function mapViewFindings(): Finding[] {
  const activities = demo.activities.map((a, i) => activityFromFields(stored(activityToFields(a, demoSchool.academicYear!, i)))!);
  const stageOutcomes = Object.fromEntries(
    (Object.entries(demo.stageOutcomes) as [StageId, readonly string[]][]).map(([stage, learningOutcomes]) => {
      const back = stageOutcomesFromFields(stored(stageOutcomesToFields({ stage, learningOutcomes }, demoSchool.academicYear!)))!;
      return [back.stage, back.learningOutcomes];
    }),
  ) as ProvisionMap['stageOutcomes'];
  return mapFindings({ institutionId: demo.institutionId, yearGroups: demoSchool.institution.yearGroups, activities, stageOutcomes });
}

/**
 * The pane's path: a workbook holding the site's activities (as sync pulls them, with the Learning outcomes sheet
 * left blank, since sync brings activities only), read by the pane connected to the site.
 */
async function paneRead(workbookStageOutcomes?: ProvisionMap['stageOutcomes']) {
  const catalogue = templateCatalogue({ yearGroups: demoSchool.institution.yearGroups, siteStageOutcomes: demo.stageOutcomes });
  const gateway = new MemoryWorkbookGateway(catalogue);
  await gateway.createTemplate(
    templatePlan({ catalogue, activities: demo.activities, stageOutcomes: workbookStageOutcomes ?? stageOutcomesFromCodes([], catalogue) }),
  );
  return { pane: interpretRead((await gateway.readWorkbook())!, catalogue, () => 'new'), catalogue };
}

describe('one set of provision-map findings everywhere', () => {
  it('the pane, the map view and the report give the demo map the same findings, in the same order', async () => {
    const report = governorsReport(demoSchool, DEMO_AS_OF).provision.findings;
    const { pane } = await paneRead();
    expect(pane.template.problems).toEqual([]);
    expect(summary(pane.findings)).toEqual(summary(report));
    expect(summary(mapViewFindings())).toEqual(summary(report));
    // What they agree on: four gaps, SA3 a gap (chosen for Apply and Demonstrate, addressed by none of its activities).
    expect(report.filter((f) => f.severity === 'gap').map((f) => f.kind)).toEqual([
      'pal-short',
      'no-employer-encounter',
      'no-parent-carer-engagement',
      'outcome-not-addressed',
    ]);
    expect(report.find((f) => f.message.includes('SA3'))).toMatchObject({ severity: 'gap', cells: [{ stage: 'apply-demonstrate' }] });
  });

  it("the pane's stage guidance names the learning outcomes chosen on the site", async () => {
    const { pane, catalogue } = await paneRead();
    const row = pane.map.activities.findIndex((a) => a.stage === 'apply-demonstrate');
    const guidance = guidanceFor(
      { sheet: 'Activities', address: '', row: pane.workbook.headerRowNumber + row, column: 0 },
      pane,
      catalogue,
    );
    expect(guidance.sections[0]!.paragraphs![1]).toBe('Learning outcomes chosen for this stage: SA3, RW1, RW2, RW5, RW6.');
  });

  it("a workbook's own choice of stage outcomes is what the pane judges", async () => {
    const mine = { 'introduce-inspire': ['SA1'], 'investigate-explore': [], 'apply-demonstrate': ['RW1'] };
    const { pane } = await paneRead(mine);
    expect(pane.stageOutcomes).toEqual(mine);
    expect(summary(pane.findings)).toEqual(summary(mapFindings({ ...demo, stageOutcomes: mine })));
    expect(pane.findings.find((f) => f.message.includes('SA3'))?.severity).toBe('advice');
  });
});
