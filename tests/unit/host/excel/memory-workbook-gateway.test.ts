import { describe, expect, it } from 'vitest';

import { findRow, schoolsModel } from '../../../../src/domain/catalogue';
import { MemoryWorkbookGateway } from '../../../../src/host/excel/memory-workbook-gateway';
import { sheetNames } from '../../../../src/provision-template/sheets';
import { guidanceFor } from '../../../../src/ui/taskpane/guidance';
import { interpretRead } from '../../../../src/ui/taskpane/pane-read';
import { activities, catalogue, planWith } from '../../../../tools/testing/excel-fixtures';

describe('the in-memory workbook (plain-browser demo)', () => {
  it('reads back what the template wrote, like the Office gateway', async () => {
    const gateway = new MemoryWorkbookGateway(catalogue);
    await gateway.createTemplate(planWith(activities(5)));
    const read = await gateway.readWorkbook();
    const pane = interpretRead(read!, catalogue, () => 'new');
    expect(pane.template.problems).toEqual([]);
    expect(pane.map.activities).toEqual(activities(5));
    expect(read!.headerRowNumber).toBe(3);
  });

  it('raises selection and change events as a person clicks and types', async () => {
    const gateway = new MemoryWorkbookGateway(catalogue);
    await gateway.createTemplate(planWith(activities(2)));
    const selections: unknown[] = [];
    let changes = 0;
    await gateway.onSelectionChanged((s) => selections.push(s));
    await gateway.onChanged(() => changes++);
    gateway.selectTableCell(1, 3);
    gateway.typeInTableCell(2, 2, 'New activity');
    expect(selections).toEqual([{ sheet: sheetNames.activities, address: 'D5', row: 4, column: 3 }]);
    expect(changes).toBe(1);
    expect((await gateway.readWorkbook())!.activities.rows).toHaveLength(3);
  });

  it('gives guidance for the cell in hand: stage, category, outcomes, checklist on a new row', async () => {
    const gateway = new MemoryWorkbookGateway(catalogue);
    await gateway.createTemplate(planWith(activities(3)));
    const pane = interpretRead((await gateway.readWorkbook())!, catalogue, () => 'new');
    const rowTitle = (id: string) => findRow(schoolsModel, id)?.title;
    const at = (row: number, column: number) => guidanceFor({ sheet: sheetNames.activities, address: '', row, column }, pane, catalogue, rowTitle);

    const onStage = at(3, 0);
    expect(onStage.sections[0]).toMatchObject({ id: 'stage', title: 'Investigate and Explore' });
    expect(onStage.sections[0]!.paragraphs![0]).toContain('investigate and explore pathways and options');

    const onCategory = at(3, 3);
    expect(onCategory.sections[0]).toMatchObject({ id: 'category', title: 'Employer encounters' });
    expect(onCategory.sections[0]!.groups![0]!.items).toEqual(['5 Encounters with employers and employees']);
    expect(onCategory.sections[0]!.groups![1]!.items).toEqual(['5.1 Working in partnership: Effective employer engagement', '5.2 Meaningful encounters with employers']);

    expect(at(3, 4).sections[0]).toMatchObject({ id: 'outcomes' });
    const newRow = at(6, 2);
    expect(newRow.heading).toBe('New activity (row 7)');
    expect(newRow.sections[0]!.title).toBe('Opportunity Checklist');
  });
});
