import { describe, expect, it } from 'vitest';

import { MemoryWorkbookGateway } from '../../../src/host/excel/memory-workbook-gateway';
import type { WorkbookChange } from '../../../src/provision-template/workbook-gateway';
import { columnIndexOf } from '../../../src/provision-template/columns';
import type { RowMemo } from '../../../src/provision-template/read-rows';
import { editedRows, patchRead } from '../../../src/ui/taskpane/edited-rows';
import { interpretRead } from '../../../src/ui/taskpane/pane-read';
import { activities, catalogue, planWith } from '../../../tools/testing/excel-fixtures';

/** After an edit in place the pane reads only the rows edited, and reads only those again. */
async function workbookOf(count: number) {
  const gateway = new MemoryWorkbookGateway(catalogue);
  await gateway.createTemplate(planWith(activities(count)));
  const changes: WorkbookChange[] = [];
  await gateway.onChanged((c) => changes.push(c));
  return { gateway, changes, read: (await gateway.readWorkbook())! };
}

describe('the rows an edit touched', () => {
  it('are the body rows of an edit in place on the Activities sheet', async () => {
    const { gateway, changes, read } = await workbookOf(10);
    gateway.typeInTableCell(2, columnIndexOf('title'), 'Careers fair');
    gateway.typeInTableCell(5, columnIndexOf('stage'), 'I&I');
    // The template's header is row 3, so body row 2 is row 6.
    expect(changes.map((c) => c.address)).toEqual(['C6', 'A9']);
    expect(editedRows(changes, read)).toEqual([2, 5]);
    expect(editedRows([{ sheet: 'Activities', address: 'A4:M6' }], read)).toEqual([0, 1, 2]);
  });

  it('are unknown — read the whole workbook — for the header, a new row, another sheet, or rows past the table', async () => {
    const { gateway, changes, read } = await workbookOf(10);
    gateway.typeInTableCell(10, 0, 'Introduce and Inspire'); // the row below the table: the table grows
    expect(changes.at(-1)).toEqual({ sheet: 'Activities' });
    expect(editedRows(changes, read)).toBeUndefined();
    expect(editedRows([{ sheet: 'Activities', address: 'A3' }], read)).toBeUndefined();
    expect(editedRows([{ sheet: 'Learning outcomes', address: 'B5' }], read)).toBeUndefined();
    expect(editedRows([{ sheet: 'Activities', address: 'A4:A13' }], read)).toHaveLength(10);
    expect(editedRows([{ sheet: 'Activities', address: 'A4:A14' }], read)).toBeUndefined();
  });
});

describe('reading after an edit', () => {
  it('reads again only the rows edited, and gives what a whole read gives', async () => {
    const { gateway, read } = await workbookOf(200);
    const memo: RowMemo = new WeakMap();
    const newKey = () => 'new';
    interpretRead(read, catalogue, newKey, memo);

    gateway.typeInTableCell(7, columnIndexOf('yearGroup'), 'Yr 14');
    gateway.typeInTableCell(9, columnIndexOf('title'), 'Mock interviews');
    const patched = patchRead(read, [7, 9], await gateway.readActivityRows([7, 9]));
    const reread = patched.activities.rows.filter((row) => !memo.has(row));
    expect(reread.map((r) => r.rowNumber)).toEqual([11, 13]);

    const incremental = interpretRead(patched, catalogue, newKey, memo);
    const whole = interpretRead((await gateway.readWorkbook())!, catalogue, newKey);
    expect(incremental.template).toEqual(whole.template);
    expect(incremental.findings).toEqual(whole.findings);
    expect(incremental.template.problems).toEqual([
      { rowNumber: 11, column: 'yearGroup', message: expect.stringMatching(/^Year 14 is not a year group on this map/) },
    ]);
  });
});
