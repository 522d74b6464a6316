import type { DataValidation, Worksheet } from 'exceljs';

import { rangeAddress } from '../a1';
import { type CellBlock, type CellStyle, type CellValue, isFormula, type SheetPlan, type WorkbookPlan } from '../plan';
import { loadExcelJs } from './load-exceljs';

/** The .xlsx MIME type, for downloads. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Draws a workbook plan as an .xlsx file: the same sheets, headers, drop-downs and colours the pane lays down. */
export async function buildXlsx(plan: WorkbookPlan): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Waypoint';
  for (const sheet of plan.sheets) {
    const ws = workbook.addWorksheet(sheet.name, {
      state: sheet.visibility,
      // Printed (or converted to PDF) one page wide, landscape: the map reads across the year groups.
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
      ...(sheet.freezeRows ? { views: [{ state: 'frozen' as const, ySplit: sheet.freezeRows }] } : {}),
    });
    drawSheet(ws, sheet);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer as Uint8Array).buffer;
}

function drawSheet(ws: Worksheet, sheet: SheetPlan): void {
  sheet.columnWidths?.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  if (sheet.table) {
    const table = sheet.table;
    table.widths.forEach((width, i) => (ws.getColumn(table.column + i + 1).width = width));
    for (let r = 1; r <= table.preparedRows; r++) {
      table.textColumns.forEach((c) => (ws.getCell(table.row + 1 + r, table.column + c + 1).numFmt = '@'));
      table.greyColumns.forEach((c) => styleCell(ws, table.row + r, table.column + c, { fill: 'F2F2F2', fontColour: '595959' }));
    }
    ws.addTable({
      name: table.name,
      ref: rangeAddress(table.row, table.column, 1, 1),
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: table.headers.map((name) => ({ name, filterButton: true })),
      // exceljs writes a table with no body rows as a broken file: an empty template gets one blank row.
      rows: (table.rows.length > 0 ? table.rows : [table.headers.map(() => null)]).map((r) => r.map(xlsxValue)),
    });
  }
  sheet.blocks.forEach((block) => drawBlock(ws, block));
  if (sheet.rowHeights) {
    const { from, count, points } = sheet.rowHeights;
    for (let r = from; r < from + count; r++) ws.getRow(r + 1).height = points;
  }
  // exceljs has range validations (worksheet.dataValidations) at run time but leaves them out of its types.
  const validations = (ws as Worksheet & { dataValidations: { add(range: string, rule: DataValidation): void } }).dataValidations;
  for (const v of sheet.validations ?? []) {
    validations.add(
      v.range,
      v.kind === 'list'
        ? {
            type: 'list',
            allowBlank: true,
            formulae: [v.source.replace(/^=/, '')],
            showInputMessage: true,
            prompt: v.prompt,
            showErrorMessage: v.strict,
            errorStyle: 'stop',
            errorTitle: 'Not on the list',
            error: 'Pick a value from the drop-down.',
          }
        : { type: 'custom', allowBlank: true, formulae: ['FALSE'], showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Set by Waypoint', error: v.message },
    );
  }
}

function drawBlock(ws: Worksheet, block: CellBlock): void {
  block.values.forEach((row, r) =>
    row.forEach((value, c) => {
      ws.getCell(block.row + r + 1, block.column + c + 1).value = xlsxValue(value);
      if (block.style) styleCell(ws, block.row + r, block.column + c, block.style);
    }),
  );
  if (block.merge) ws.mergeCells(rangeAddress(block.row, block.column, block.values.length, block.values[0]?.length ?? 1));
}

/** Text stays a string cell in the file (never a formula, whatever it begins with); only our lookups are formulas. */
function xlsxValue(value: CellValue): string | number | boolean | null | { formula: string } {
  return isFormula(value) ? { formula: value.formula.replace(/^=/, '') } : value;
}

function styleCell(ws: Worksheet, row: number, column: number, style: CellStyle): void {
  const cell = ws.getCell(row + 1, column + 1);
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` } };
  if (style.bold || style.italic || style.fontColour || style.size) {
    cell.font = {
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.size ? { size: style.size } : {}),
      ...(style.fontColour ? { color: { argb: `FF${style.fontColour}` } } : {}),
    };
  }
  if (style.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
}
