import { describe, expect, it } from 'vitest';

import { templateCatalogue, withOwnCategories } from '../../../src/provision-template/catalogue';
import { type ColumnId, templateColumns } from '../../../src/provision-template/columns';
import type { RawCell, RawSheet } from '../../../src/provision-template/raw-cell';
import { readTemplateRows } from '../../../src/provision-template/read-rows';

/**
 * The pane's check of a typed cell reads it with the import's reader, as Excel holds it: what a careers leader types
 * into the workbook ("Yr 9", the number 9, TRUE, a date in the Term column) is read as the import reads it.
 */
const catalogue = templateCatalogue();
const text = (t: string): RawCell => ({ kind: 'text', text: t });

function sheetOf(rows: Partial<Record<ColumnId, RawCell>>[]): RawSheet {
  return {
    headers: templateColumns.map((c) => text(c.header)),
    rows: rows.map((cells, i) => ({ rowNumber: 4 + i, cells: templateColumns.map((c) => cells[c.id] ?? { kind: 'empty' }) })),
    merges: [],
  };
}

const read = (rows: Partial<Record<ColumnId, RawCell>>[]) => readTemplateRows(sheetOf(rows), { catalogue, newKey: () => 'new' });

const base = { stage: text('Introduce and Inspire'), yearGroup: text('9'), title: text('Careers fair'), categories: text('Employer encounters') };

describe('a typed cell in the Activities sheet', () => {
  it('reads the school’s words and Excel’s own values as the import does', () => {
    const { rows, problems } = read([
      {
        ...base,
        stage: text('I&I'),
        yearGroup: { kind: 'number', value: 9 },
        categories: text('PAL; work exp'),
        learningOutcomes: text('ck 4, SA2'),
        term: { kind: 'date', iso: '2026-10-07' },
        parentsAndCarers: { kind: 'boolean', value: true },
      },
      { ...base, yearGroup: text('Yr 10'), parentsAndCarers: text('yes - invited'), audience: text('small group'), targetedGroup: text('Year 10 carers') },
    ]);
    expect(problems).toEqual([]);
    expect(rows[0]!.activity).toMatchObject({
      stage: 'introduce-inspire',
      yearGroup: '9',
      categories: ['provider-access', 'work-experience'],
      learningOutcomes: ['CK4', 'SA2'],
      term: 'Autumn',
      parentsAndCarers: true,
    });
    expect(rows[1]!.activity).toMatchObject({ yearGroup: '10', parentsAndCarers: true, audience: { kind: 'targeted', group: 'Year 10 carers' } });
  });

  it('asks about a category of the school’s own, as the import does, and keeps it once agreed', () => {
    const sheet = sheetOf([{ ...base, categories: text('Careers café; EE') }, { ...base, title: text('Mock interviews'), categories: text('careers café') }]);
    const asked = readTemplateRows(sheet, { catalogue, newKey: () => 'new' });
    expect(asked.rows).toEqual([]);
    expect(asked.problems).toEqual([
      { rowNumber: 4, column: 'categories', newCategory: 'Careers café', message: expect.stringMatching(/^“Careers café” is not one of Waypoint’s categories — agree to add it as your own, or use Work Experience, Employer encounters, /) },
      { rowNumber: 5, column: 'categories', newCategory: 'careers café', message: expect.stringMatching(/^“careers café” is not one of Waypoint’s categories/) },
    ]);
    const keys = ['a', 'b'];
    const { rows, problems } = readTemplateRows(sheet, { catalogue: withOwnCategories(catalogue, ['Careers café']), newKey: () => keys.shift()! });
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.activity.categories)).toEqual([['Careers café', 'employer-encounter'], ['Careers café']]);
  });

  it('refuses what it cannot read with the reader’s message, naming the row and column', () => {
    const { rows, problems } = read([
      { ...base, yearGroup: text('12-13') },
      { ...base, yearGroup: { kind: 'date', iso: '2026-12-13' } },
      { ...base, parentsAndCarers: { kind: 'number', value: 42 } },
      { ...base, stage: { kind: 'formula', formula: '=A1' } },
    ]);
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      { rowNumber: 4, column: 'yearGroup', message: '“12-13” names Years 12 and 13: each row here is one year group — copy the row for each year.' },
      { rowNumber: 5, column: 'yearGroup', message: 'Expected a year group but the cell holds a date (2026-12-13).' },
      { rowNumber: 6, column: 'parentsAndCarers', message: '“42” is not yes or no: type Yes or No.' },
      { rowNumber: 7, column: 'stage', message: 'The cell holds a formula (=A1): type a stage itself, as Waypoint keeps text only.' },
    ]);
  });
});
