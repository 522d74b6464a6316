import { columnLetter, rangeAddress } from '../../provision-template/a1';
import type { CellBlock, CellStyle, SheetPlan, SheetValidation, SheetVisibility, TablePlan } from '../../provision-template/plan';
import { toOfficeRows } from './office-values';

/** Excel column widths are in points; a character of the default font is about 7 points wide. */
const POINTS_PER_CHARACTER = 7;

const visibility: Readonly<Record<SheetVisibility, Excel.SheetVisibility>> = {
  visible: 'Visible' as Excel.SheetVisibility.visible,
  hidden: 'Hidden' as Excel.SheetVisibility.hidden,
  veryHidden: 'VeryHidden' as Excel.SheetVisibility.veryHidden,
};

/**
 * Queues everything a sheet plan draws on `sheet` — no `sync` here, so the caller decides how many round trips a
 * whole template costs. Formats come before values so text columns already read as text when values land.
 */
export function queueSheet(sheet: Excel.Worksheet, plan: SheetPlan): void {
  plan.columnWidths?.forEach((width, i) => setWidth(sheet, i, width));
  if (plan.table) queueTable(sheet, plan.table);
  plan.blocks.forEach((block) => queueBlock(sheet, block));
  plan.validations?.forEach((v) => queueValidation(sheet, v));
  if (plan.freezeRows) sheet.freezePanes.freezeRows(plan.freezeRows);
  if (plan.rowHeights && plan.rowHeights.count > 0) {
    const { from, count, points } = plan.rowHeights;
    sheet.getRange(`${from + 1}:${from + count}`).format.rowHeight = points;
  }
  sheet.visibility = visibility[plan.visibility];
}

function setWidth(sheet: Excel.Worksheet, column: number, characters: number): void {
  const letter = columnLetter(column);
  sheet.getRange(`${letter}:${letter}`).format.columnWidth = characters * POINTS_PER_CHARACTER;
}

function queueBlock(sheet: Excel.Worksheet, block: CellBlock): void {
  const width = Math.max(...block.values.map((r) => r.length));
  const range = sheet.getRange(rangeAddress(block.row, block.column, block.values.length, width));
  range.values = toOfficeRows(block.values.map((r) => [...r, ...Array<null>(width - r.length).fill(null)]));
  if (block.style) applyStyle(range, block.style);
  if (block.merge) range.merge(false);
}

export function applyStyle(range: Excel.Range, style: CellStyle): void {
  if (style.fill) range.format.fill.color = `#${style.fill}`;
  if (style.fontColour) range.format.font.color = `#${style.fontColour}`;
  if (style.bold) range.format.font.bold = true;
  if (style.italic) range.format.font.italic = true;
  if (style.size) range.format.font.size = style.size;
  if (style.wrap) range.format.wrapText = true;
}

function queueTable(sheet: Excel.Worksheet, table: TablePlan): void {
  table.widths.forEach((width, i) => setWidth(sheet, table.column + i, width));
  table.textColumns.forEach((i) => {
    const cells = sheet.getRange(rangeAddress(table.row + 1, table.column + i, table.preparedRows, 1));
    cells.numberFormat = Array.from({ length: table.preparedRows }, () => ['@']);
  });
  table.greyColumns.forEach((i) => {
    const cells = sheet.getRange(rangeAddress(table.row + 1, table.column + i, table.preparedRows, 1));
    applyStyle(cells, { fill: 'F2F2F2', fontColour: '595959' });
  });
  // Values first, then the table over them: one request, where adding rows to a table one by one would be many.
  const height = 1 + Math.max(table.rows.length, 1);
  const address = rangeAddress(table.row, table.column, height, table.headers.length);
  const blank = table.rows.length === 0 ? [table.headers.map(() => null)] : table.rows;
  sheet.getRange(address).values = toOfficeRows([table.headers, ...blank]);
  const created = sheet.tables.add(address, true);
  created.name = table.name;
  created.style = 'TableStyleMedium2';
}

function queueValidation(sheet: Excel.Worksheet, validation: SheetValidation): void {
  const dv = sheet.getRange(validation.range).dataValidation;
  dv.clear();
  if (validation.kind === 'locked') {
    // A rule no typed value meets: typing in the key column is refused, clearing it is allowed (blanks pass),
    // and the pane's own writes are not subject to validation.
    dv.rule = { custom: { formula: '=FALSE' } };
    dv.errorAlert = { showAlert: true, style: 'Stop' as Excel.DataValidationAlertStyle.stop, title: 'Set by Waypoint', message: validation.message };
    return;
  }
  dv.rule = { list: { inCellDropDown: true, source: validation.source } };
  dv.prompt = { showPrompt: true, title: 'Waypoint', message: validation.prompt };
  dv.errorAlert = {
    showAlert: validation.strict,
    style: 'Stop' as Excel.DataValidationAlertStyle.stop,
    title: 'Not on the list',
    message: 'Pick a value from the drop-down.',
  };
}
