import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { decodeXlsx } from '../../../src/import/decode-xlsx';

/** A school's workbook with every kind of cell a map holds, written by a real workbook library. */
async function schoolWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Old map', { state: 'hidden' }).getCell('A1').value = 'Stage';
  const ws = wb.addWorksheet('Map');
  ws.getRow(1).values = ['Stage', 'Year', 'Activity', 'When', 'Parents', 'Notes'];
  ws.getRow(2).values = ['I&I', 7, 'Careers fair', new Date(Date.UTC(2026, 9, 7)), true, { formula: 'A2&"!"', result: 'I&I!' }];
  ws.getRow(3).values = [null, 8, { richText: [{ text: 'Employer ' }, { font: { bold: true }, text: 'talk' }] }, 'Aut 1', false, { formula: '1/0', result: { error: '#DIV/0!' } }];
  ws.getRow(4).values = [null, 9, 'Line one\nline two & “more” <tags>', 'Spring', 'Y', { error: '#N/A' }];
  ws.getRow(6).values = ['A&D', 12.5, '=SUM(A1)', null, null, 42];
  ws.mergeCells('A2:A4');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a workbook is read from its XML, as Excel shows it', () => {
  it('reads text, numbers, yes/no, dates, formulas’ results, rich text and merged cells, skipping hidden sheets', async () => {
    const decoded = await decodeXlsx(await schoolWorkbook());
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.sheet.name).toBe('Map');
    expect(decoded.sheet.rows).toEqual([
      { row: 1, cells: ['Stage', 'Year', 'Activity', 'When', 'Parents', 'Notes'] },
      { row: 2, cells: ['I&I', 7, 'Careers fair', '2026-10-07', true, 'I&I!'] },
      // The merged Stage cell is the stage of every row it spans; a formula's error shows nothing.
      { row: 3, cells: ['I&I', 8, 'Employer talk', 'Aut 1', false] },
      { row: 4, cells: ['I&I', 9, 'Line one\nline two & “more” <tags>', 'Spring', 'Y', '#N/A'] },
      // Text that looks like a formula stays text.
      { row: 6, cells: ['A&D', 12.5, '=SUM(A1)', null, null, 42] },
    ]);
  });

  it('reads what exceljs reads from Waypoint’s own fixture, and a cut-short file is damaged', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = new Uint8Array(readFileSync(`${__dirname}/../../fixtures/import/clean-map.xlsx`));
    const decoded = await decodeXlsx(bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Careers map 2026-27')!;
    const expected: { row: number; cells: unknown[] }[] = [];
    ws.eachRow((row, n) => expected.push({ row: n, cells: (row.values as unknown[]).slice(1).map((v) => v ?? null) }));
    expect(decoded).toEqual({ ok: true, sheet: { name: 'Careers map 2026-27', rows: expected } });
    expect(await decodeXlsx(bytes.subarray(0, bytes.length / 2))).toMatchObject({ ok: false, message: expect.stringMatching(/may be damaged/) });
  });
});
