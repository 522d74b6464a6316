import type { CellValue, Workbook, Worksheet } from 'exceljs';

import { HEADER_SEARCH_ROWS, type ImportCell, knownHeaderCount, type SourceRow } from '../domain/import';
import { loadExcelJs } from '../provision-template/xlsx/load-exceljs';
import { type Decoded, refused } from './decoded';
import { count, MAX_ROWS, tooManyRowsMessage } from './limits';
import { checkSheetExtents } from './xlsx-extent';

const DAMAGED =
  'This file could not be opened as an Excel workbook (.xlsx): it may be damaged or only partly downloaded. ' +
  'Open it in Excel and save it again as an .xlsx workbook, or save the map as CSV.';

/** The sheet Waypoint's own template keeps its map on. */
const TEMPLATE_SHEET = 'Activities';

/**
 * Rows of the sheet holding the map: Waypoint's template's Activities sheet, else the first sheet with a header row
 * Waypoint recognises, else the first sheet. Every sheet's extent is checked before the workbook is opened.
 */
export async function decodeXlsx(bytes: Uint8Array): Promise<Decoded> {
  const allowed = MAX_ROWS + HEADER_SEARCH_ROWS;
  const extent = await checkSheetExtents(bytes, allowed);
  if (!extent.ok) {
    return 'damaged' in extent ? refused(DAMAGED) : refused(tooManyRowsMessage(`The sheet “${extent.sheet}” has something in row ${count(extent.row)}`));
  }
  const ExcelJS = await loadExcelJs();
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return refused(DAMAGED);
  }
  const sheets = workbook.worksheets.filter((ws) => ws.state === 'visible' || ws.state === undefined);
  if (sheets.length === 0) return refused('This workbook has no sheets to read. Put the map on a sheet with a header row and try again.');
  const sheet =
    sheets.find((ws) => ws.name === TEMPLATE_SHEET) ??
    sheets.find((ws) => topRows(ws).some((r) => knownHeaderCount(r.cells) >= 2)) ??
    sheets[0]!;
  return { ok: true, sheet: { name: sheet.name, rows: rowsOf(sheet) } };
}

function topRows(ws: Worksheet): SourceRow[] {
  const last = Math.min(ws.rowCount, HEADER_SEARCH_ROWS);
  return Array.from({ length: last }, (_, i) => ({ row: i + 1, cells: (ws.getRow(i + 1).values as CellValue[]).slice(1).map(cellValue) }));
}

function rowsOf(ws: Worksheet): SourceRow[] {
  const rows: SourceRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: ImportCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellValue(cell.value);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? null) });
  });
  return rows;
}

/** An exceljs value as the reader takes it: a formula is read as the value it shows, never as a formula. */
function cellValue(value: CellValue): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    return result === undefined || typeof result === 'object' ? null : result;
  }
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('hyperlink' in value) {
    const text = typeof value.text === 'string' ? value.text : '';
    return !text || /^https?:\/\//i.test(text) ? value.hyperlink : text;
  }
  if ('error' in value) return String(value.error);
  return null;
}
