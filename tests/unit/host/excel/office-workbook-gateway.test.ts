import { describe, expect, it } from 'vitest';

import { OfficeWorkbookGateway } from '../../../../src/host/excel/office-workbook-gateway';
import { TemplateExistsError } from '../../../../src/provision-template/workbook-gateway';
import { readTemplateRows } from '../../../../src/provision-template/read-rows';
import { activitiesTableName, sheetNames } from '../../../../src/provision-template/sheets';
import { activities, activity, catalogue, planWith } from '../../../../tools/testing/excel-fixtures';
import { mockRun, mockWorkbook } from '../../../../tools/testing/office-mock-workbook';

const gatewayOver = (workbook = mockWorkbook()) => ({
  workbook,
  gateway: new OfficeWorkbookGateway({ run: mockRun(workbook), catalogue, multiAreaSelect: false }),
});

describe('OfficeWorkbookGateway over office-addin-mock', () => {
  it('lays down every sheet, the table, drop-downs and text formats in two syncs', async () => {
    const { workbook, gateway } = gatewayOver();
    await gateway.createTemplate(planWith(activities(3)));

    expect(workbook.syncs).toBe(2);
    expect([...workbook.sheets.keys()]).toEqual(Object.values(sheetNames));
    expect(workbook.sheets.get(sheetNames.lists)!.visibility).toBe('Hidden');
    expect(workbook.sheets.get(sheetNames.sync)!.visibility).toBe('VeryHidden');
    const table = workbook.tables.get(activitiesTableName)!;
    expect(table).toMatchObject({ sheet: sheetNames.activities, row: 2, bodyRows: 3 });
    expect(workbook.value(sheetNames.activities, 'A3')).toBe('Stage');
    expect(workbook.value(sheetNames.activities, 'C4')).toBe('Activity 1');
    const stageRule = workbook.sheets.get(sheetNames.activities)!.validations.find((v) => v.range.startsWith('A4:'));
    expect(stageRule?.rule).toEqual({ list: { inCellDropDown: true, source: "='Lists'!$A$2:$A$4" } });
    const keyRule = workbook.sheets.get(sheetNames.activities)!.validations.find((v) => v.range.startsWith('M4:'));
    expect(keyRule?.rule).toEqual({ custom: { formula: '=FALSE' } });
    expect(workbook.cell(sheetNames.activities, 'C10')?.numberFormat).toBe('@');
    expect(workbook.value(sheetNames.lists, 'A2')).toBe('Introduce and Inspire');
  });

  it('refuses to lay the template over a sheet of the same name', async () => {
    const { gateway } = gatewayOver();
    await gateway.createTemplate(planWith([]));
    await expect(gateway.createTemplate(planWith([]))).rejects.toBeInstanceOf(TemplateExistsError);
  });

  it('writes text beginning with =, +, - or @ with an apostrophe, so Excel keeps it as text', async () => {
    const { workbook, gateway } = gatewayOver();
    const writes: unknown[] = [];
    const spy = new OfficeWorkbookGateway({
      run: (batch) => mockRun(workbook)(batch),
      catalogue,
      multiAreaSelect: false,
    });
    await spy.createTemplate(planWith([activity(1, { title: '=HYPERLINK("x")', provider: '+44 college', evidenceLink: undefined })]));
    writes.push(workbook.cell(sheetNames.activities, 'C4'));
    // The mock strips the apostrophe as Excel does and keeps no formula.
    expect(workbook.cell(sheetNames.activities, 'C4')).toMatchObject({ value: '=HYPERLINK("x")', formula: undefined });
    const read = await gateway.readWorkbook();
    expect(read!.activities.rows[0]!.cells[2]).toEqual({ kind: 'text', text: '=HYPERLINK("x")' });
  });

  it('reads the table, the outcome codes and the snapshot back in one sync', async () => {
    const { workbook, gateway } = gatewayOver();
    await gateway.createTemplate(planWith(activities(300)));
    workbook.syncs = 0;
    const read = await gateway.readWorkbook();
    expect(workbook.syncs).toBe(1);
    expect(read!.headerRowNumber).toBe(3);
    expect(read!.activities.rows).toHaveLength(300);
    expect(read!.activities.rows[0]!.rowNumber).toBe(4);
    expect(read!.snapshotRows[0]![0]).toBe('waypoint-sync/1');
    const rows = readTemplateRows(read!.activities, { catalogue, newKey: () => 'new' });
    expect(rows.problems).toEqual([]);
    expect(rows.rows.map((r) => r.activity)).toEqual(activities(300));
  });

  it('reads only the rows asked for, in one sync', async () => {
    const { workbook, gateway } = gatewayOver();
    await gateway.createTemplate(planWith(activities(300)));
    workbook.syncs = 0;
    const read = await gateway.readActivityRows([4, 250]);
    expect(workbook.syncs).toBe(1);
    expect(read.map((r) => r.rowNumber)).toEqual([8, 254]);
    expect(read[1]!.cells[2]).toEqual({ kind: 'text', text: 'Activity 251' });
  });

  it('returns null, after the careful read, when the workbook has no template', async () => {
    const { workbook, gateway } = gatewayOver();
    expect(await gateway.readWorkbook()).toBeNull();
    expect(workbook.syncs).toBe(2);
  });

  it('reports a cell holding a formula as a formula, not as its result', async () => {
    const { workbook, gateway } = gatewayOver();
    await gateway.createTemplate(planWith(activities(1)));
    workbook.sheets.get(sheetNames.activities)!.cells.set('3:2', { value: 2, formula: '=1+1' });
    const read = await gateway.readWorkbook();
    expect(read!.activities.rows[0]!.cells[2]).toEqual({ kind: 'formula', formula: '=1+1' });
  });

  it('applies updates, then removals from the bottom up, then additions, in one sync', async () => {
    const { workbook, gateway } = gatewayOver();
    await gateway.createTemplate(planWith(activities(4)));
    workbook.syncs = 0;
    await gateway.writeRows({
      updates: [{ index: 0, column: 2, values: ['Renamed'] }],
      removals: [1, 2],
      appends: [['Introduce and Inspire', 7, 'Added']],
    });
    expect(workbook.syncs).toBe(1);
    const titles = (await gateway.readWorkbook())!.activities.rows.map((r) => r.cells[2]);
    expect(titles).toEqual([
      { kind: 'text', text: 'Renamed' },
      { kind: 'text', text: 'Activity 4' },
      { kind: 'text', text: 'Added' },
    ]);
  });

  it('selects the range a gap points at, on its sheet', async () => {
    const { workbook, gateway } = gatewayOver();
    await gateway.createTemplate(planWith(activities(2)));
    await gateway.select(sheetNames.activities, ['A5:M5', 'A4:M4']);
    expect(workbook.selected).toEqual({ sheet: sheetNames.activities, address: 'A5:M5' });
  });

  it('tells the pane where the selection moved, reading it in one sync', async () => {
    const { workbook, gateway } = gatewayOver();
    await gateway.createTemplate(planWith(activities(2)));
    const seen: unknown[] = [];
    await gateway.onSelectionChanged((s) => seen.push(s));
    workbook.selected = { sheet: sheetNames.activities, address: 'D5' };
    await workbook.handlers.selection[0]!();
    expect(seen).toEqual([{ sheet: sheetNames.activities, address: 'D5', row: 4, column: 3 }]);
  });

  it('redraws a sheet: clears it and writes the plan in one sync after finding it', async () => {
    const { workbook, gateway } = gatewayOver();
    await gateway.createTemplate(planWith(activities(2)));
    workbook.syncs = 0;
    const plan = planWith(activities(2)).sheets.find((s) => s.name === sheetNames.map)!;
    await gateway.writeSheet(plan);
    expect(workbook.syncs).toBe(2);
    expect(workbook.value(sheetNames.map, 'A1')).toBe('Provision map');
  });
});
