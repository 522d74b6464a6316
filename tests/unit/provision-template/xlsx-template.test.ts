import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { templateCatalogue } from '../../../src/provision-template/catalogue';
import { templateHeaders } from '../../../src/provision-template/columns';
import { importProvisionWorkbook } from '../../../tools/testing/template-file';
import { stageOutcomesFromCodes } from '../../../src/provision-template/outcomes-sheet';
import { activitiesTableName, sheetNames } from '../../../src/provision-template/sheets';
import { templatePlan } from '../../../src/provision-template/template-plan';
import { buildXlsx } from '../../../src/provision-template/xlsx/build-xlsx';
import { activities, activity } from '../../../tools/testing/excel-fixtures';

const catalogue = templateCatalogue();
const plan = (list = activities(0)) => templatePlan({ catalogue, activities: list, stageOutcomes: stageOutcomesFromCodes([], catalogue) });

async function open(buffer: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return workbook;
}

describe('the downloadable template (.xlsx)', () => {
  it('has the same sheets as the pane lays down, the hidden ones hidden', async () => {
    const workbook = await open(await buildXlsx(plan()));
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      [sheetNames.activities, 'visible'],
      [sheetNames.learningOutcomes, 'visible'],
      [sheetNames.map, 'visible'],
      [sheetNames.leaversProfile, 'visible'],
      [sheetNames.lists, 'hidden'],
      [sheetNames.sync, 'veryHidden'],
    ]);
  });

  it('has the Activities table headers and the drop-downs from the Lists sheet', async () => {
    const workbook = await open(await buildXlsx(plan()));
    const ws = workbook.getWorksheet(sheetNames.activities)!;
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual([...templateHeaders]);
    expect(ws.getTable(activitiesTableName)).toBeDefined();
    expect(ws.getCell('A4').dataValidation).toMatchObject({ type: 'list', formulae: ["'Lists'!$A$2:$A$4"], showErrorMessage: true });
    expect(ws.getCell('B503').dataValidation).toMatchObject({ type: 'list', formulae: ["'Lists'!$B$2:$B$8"] });
    // Several categories may be typed, so the drop-down offers but does not insist.
    expect(ws.getCell('D4').dataValidation).toMatchObject({ type: 'list', formulae: ["'Lists'!$C$2:$C$9"] });
    expect(ws.getCell('D4').dataValidation.showErrorMessage ?? false).toBe(false);
    expect(ws.getCell('M4').dataValidation).toMatchObject({ type: 'custom', formulae: ['FALSE'] });
    expect(ws.getCell('C4').numFmt).toBe('@');
    const lists = workbook.getWorksheet(sheetNames.lists)!;
    expect(lists.getCell('A2').value).toBe('Introduce and Inspire');
    expect(lists.getCell('B2').value).toBe(7);
    const outcomes = workbook.getWorksheet(sheetNames.learningOutcomes)!;
    expect(outcomes.getCell('C4').dataValidation).toMatchObject({ type: 'list', formulae: ["'Lists'!$D$2:$D$19"] });
  });

  it('keeps text beginning with =, +, - or @ as text in the file, never a formula', async () => {
    const list = [activity(1, { title: '=HYPERLINK("https://evil.example")' }), activity(2, { provider: '+44 Training', title: '@college' })];
    const buffer = await buildXlsx(plan(list));
    const ws = (await open(buffer)).getWorksheet(sheetNames.activities)!;
    expect(ws.getCell('C4').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('C4').value).toBe('=HYPERLINK("https://evil.example")');
    expect(ws.getCell('K5').value).toBe('+44 Training');
    const imported = await importProvisionWorkbook(buffer, { catalogue, newKey: () => 'n' });
    expect(imported.problems).toEqual([]);
    expect(imported.rows.map((r) => r.activity)).toEqual(list);
  });

  it('round-trips a filled map through the file', async () => {
    const list = activities(40);
    const imported = await importProvisionWorkbook(await buildXlsx(plan(list)), { catalogue, newKey: () => 'n' });
    expect(imported.problems).toEqual([]);
    expect(imported.rows.map((r) => r.activity)).toEqual(list);
  });
});
