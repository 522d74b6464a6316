import type { CellValue as ExcelCellValue, Worksheet } from 'exceljs';

import type { StageId } from '../../src/domain/catalogue';
import { templateColumns } from '../../src/provision-template/columns';
import type { CellValue } from '../../src/provision-template/plan';
import { emptyCell, type MergedArea, type RawCell, type RawSheet } from '../../src/provision-template/raw-cell';
import { outcomeCodesAddress, stageOutcomesFromCodes } from '../../src/provision-template/outcomes-sheet';
import { type ReadOptions, readTemplateRows, type TemplateRead } from '../../src/provision-template/read-rows';
import { sheetNames } from '../../src/provision-template/sheets';
import { loadExcelJs } from '../../src/provision-template/xlsx/load-exceljs';

/** How far down a filled-in copy may have moved the header row (people add title rows). */
const HEADER_SEARCH_ROWS = 20;

type XlsxRead =
  | { readonly ok: true; readonly sheet: RawSheet; readonly outcomeCodes: readonly (readonly CellValue[])[] }
  | { readonly ok: false; readonly message: string };

/** Opens a filled-in template and reads its Activities sheet as raw cells, under whichever row holds the headers. */
async function readActivitiesXlsx(data: ArrayBuffer, codesAddress: string): Promise<XlsxRead> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    return { ok: false, message: 'This file could not be opened as an Excel workbook (.xlsx). Save it from Excel as an .xlsx file and try again.' };
  }
  const ws = workbook.getWorksheet(sheetNames.activities);
  if (!ws) {
    return { ok: false, message: `The workbook has no “${sheetNames.activities}” sheet. Start from the Waypoint template, or rename the sheet holding your activities.` };
  }
  const headerRow = findHeaderRow(ws);
  const width = Math.max(ws.getRow(headerRow).cellCount, templateColumns.length);
  const cellsOf = (row: number): RawCell[] => Array.from({ length: width }, (_, c) => rawCell(ws.getCell(row, c + 1).value));
  const rows = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) rows.push({ rowNumber: r, cells: cellsOf(r) });
  const outcomes = workbook.getWorksheet(sheetNames.learningOutcomes);
  const [from, to] = codesAddress.split(':').map((a) => outcomes?.getCell(a));
  const outcomeCodes: CellValue[][] = [];
  if (outcomes && from && to) {
    for (let r = Number(from.row); r <= Number(to.row); r++) {
      const raw = rawCell(outcomes.getCell(r, Number(from.col)).value);
      outcomeCodes.push([raw.kind === 'text' ? raw.text : null]);
    }
  }
  return { ok: true, sheet: { headers: cellsOf(headerRow), rows, merges: mergesBelow(ws, headerRow) }, outcomeCodes };
}

/** The first row naming at least two of the template's headers; row 3 (the template's) if none does. */
function findHeaderRow(ws: Worksheet): number {
  const headers = new Set(templateColumns.map((c) => c.header.toLowerCase()));
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r++) {
    const values = (ws.getRow(r).values as ExcelCellValue[]).map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : ''));
    if (values.filter((v) => headers.has(v)).length >= 2) return r;
  }
  return 3;
}

function mergesBelow(ws: Worksheet, headerRow: number): MergedArea[] {
  // exceljs keeps merged ranges ("B5:B6") on the sheet's model.
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return merges.flatMap((address) => {
    const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(address);
    if (!m) return [];
    const [firstRow, lastRow] = [Number(m[1]), Number(m[2])];
    return lastRow >= headerRow ? [{ address, firstRow: Math.max(firstRow, headerRow), lastRow }] : [];
  });
}

/** An exceljs cell value as a raw cell: formulas, dates, rich text, links and errors each keep their kind. */
function rawCell(value: ExcelCellValue): RawCell {
  if (value === null || value === undefined || value === '') return emptyCell;
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', iso: value.toISOString().slice(0, 10) };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return { kind: 'formula', formula: `=${formula}` };
  }
  if ('richText' in value) return { kind: 'text', text: value.richText.map((t) => t.text).join('') };
  if ('hyperlink' in value) return { kind: 'text', text: value.hyperlink || String(value.text ?? '') };
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  return emptyCell;
}

export interface ProvisionImport extends TemplateRead {
  /** Each stage's learning outcomes as the file's Learning outcomes sheet picks them. */
  readonly stageOutcomes: Readonly<Record<StageId, readonly string[]>>;
}

/**
 * Reads a filled-in copy of the downloadable template (an .xlsx file, through exceljs) with exactly the pane's row
 * validation (`readTemplateRows`): every problem with its row number and column, or the valid rows. The app never
 * reads the file itself — in Excel the pane reads the open workbook through the gateway, and the Teams tab imports a
 * school's own map through `src/import` — so this lives with the tests that check the template survives a round trip
 * through a file, and that the pane's reader copes with the corpus of good and bad workbooks.
 */
export async function importProvisionWorkbook(data: ArrayBuffer, options: ReadOptions): Promise<ProvisionImport> {
  const read = await readActivitiesXlsx(data, outcomeCodesAddress(options.catalogue));
  const noOutcomes = stageOutcomesFromCodes([], options.catalogue);
  if (!read.ok) return { rows: [], problems: [{ message: read.message }], stageOutcomes: noOutcomes };
  return { ...readTemplateRows(read.sheet, options), stageOutcomes: stageOutcomesFromCodes(read.outcomeCodes, options.catalogue) };
}
