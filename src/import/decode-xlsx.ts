import { HEADER_SEARCH_ROWS, knownHeaderCount, type SourceRow } from '../domain/import';
import { type Decoded, refused } from './decoded';
import { count, MAX_ROWS, tooManyRowsMessage } from './limits';
import { checkSheetExtents } from './xlsx-extent';
import { openXlsx } from './xlsx-parts';
import { cellParts, sheetRows } from './xlsx-rows';

const DAMAGED =
  'This file could not be opened as an Excel workbook (.xlsx): it may be damaged or only partly downloaded. ' +
  'Open it in Excel and save it again as an .xlsx workbook, or save the map as CSV.';

/** The sheet Waypoint's own template keeps its map on. */
const TEMPLATE_SHEET = 'Activities';

/**
 * Rows of the sheet holding the map: Waypoint's template's Activities sheet, else the first sheet with a header row
 * Waypoint recognises, else the first sheet. Every sheet's extent is checked before any is read. The sheet's XML is
 * read directly (a workbook library would build styles and a model of every cell, several times slower, for values
 * the import reads as text).
 */
export async function decodeXlsx(bytes: Uint8Array): Promise<Decoded> {
  const xlsx = await openXlsx(bytes);
  if (!xlsx) return refused(DAMAGED);
  const extent = await checkSheetExtents(xlsx, MAX_ROWS + HEADER_SEARCH_ROWS);
  if (!extent.ok) {
    return 'damaged' in extent ? refused(DAMAGED) : refused(tooManyRowsMessage(`The sheet “${extent.sheet}” has something in row ${count(extent.row)}`));
  }
  const sheets = xlsx.sheets.filter((s) => s.visible);
  if (sheets.length === 0) return refused('This workbook has no sheets to read. Put the map on a sheet with a header row and try again.');
  const parts = await cellParts(xlsx);
  const rowsOf = (path: string): SourceRow[] => sheetRows(extent.xml.get(path) ?? '', parts);
  const template = sheets.find((s) => s.name === TEMPLATE_SHEET);
  for (const sheet of template ? [template] : sheets) {
    const rows = rowsOf(sheet.path);
    const hasHeader = rows.some((r) => r.row <= HEADER_SEARCH_ROWS && knownHeaderCount(r.cells) >= 2);
    if (sheet === template || hasHeader) return { ok: true, sheet: { name: sheet.name, rows } };
  }
  return { ok: true, sheet: { name: sheets[0]!.name, rows: rowsOf(sheets[0]!.path) } };
}
