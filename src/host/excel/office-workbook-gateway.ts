import { cellAddress, rangeAddress } from '../../provision-template/a1';
import type { TemplateCatalogue } from '../../provision-template/catalogue';
import { outcomeCodesAddress } from '../../provision-template/outcomes-sheet';
import type { CellValue, SheetPlan, WorkbookPlan } from '../../provision-template/plan';
import type { RawCell, RawRow } from '../../provision-template/raw-cell';
import { activitiesTableName, sheetNames } from '../../provision-template/sheets';
import { queueSheet } from './office-sheet-writer';
import { rawCellFromOffice, toOfficeRows } from './office-values';
import {
  type RowChanges,
  type Selection,
  type Subscription,
  TemplateExistsError,
  type WorkbookChange,
  type WorkbookGateway,
  type WorkbookRead,
} from '../../provision-template/workbook-gateway';

/** `Excel.run`, or a stand-in for tests and the benchmark that counts `context.sync` calls. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeGatewayOptions {
  readonly run: ExcelRun;
  /** Where the outcome codes sit depends on how many stages the catalogue has. */
  readonly catalogue: TemplateCatalogue;
  /** ExcelApi 1.18 can select several areas at once; older hosts select the first. */
  readonly multiAreaSelect: boolean;
}

/** Body rows read per request: keeps a 5,000-row table well under Excel on the web's 5 MB response cap. */
const ROWS_PER_READ = 1000;
const READS_PER_SYNC = 2;

/** The workbook through Office.js: each operation is one `Excel.run`, with as few `context.sync` calls as it can. */
export class OfficeWorkbookGateway implements WorkbookGateway {
  readonly kind = 'office';

  constructor(private readonly options: OfficeGatewayOptions) {}

  /** Two round trips: which sheets exist, then everything else in one batch. */
  async createTemplate(plan: WorkbookPlan): Promise<void> {
    await this.options.run(async (context) => {
      const existing = plan.sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s.name));
      existing.forEach((s) => s.load('isNullObject'));
      await context.sync();
      const clash = plan.sheets.find((_, i) => !existing[i]!.isNullObject);
      if (clash) throw new TemplateExistsError(clash.name);
      context.workbook.application.suspendApiCalculationUntilNextSync();
      const sheets = plan.sheets.map((s) => context.workbook.worksheets.add(s.name));
      plan.sheets.forEach((s, i) => queueSheet(sheets[i]!, s));
      sheets[0]!.activate();
      await context.sync();
    });
  }

  /**
   * One round trip when the template is whole and the table modest. A missing sheet or table (ItemNotFound), or a
   * table too big for one response, falls back to the careful read.
   */
  async readWorkbook(): Promise<WorkbookRead | null> {
    try {
      return await this.options.run(async (context) => {
        const table = context.workbook.tables.getItem(activitiesTableName);
        const whole = table.getRange();
        whole.load('rowIndex, columnIndex, values, formulas');
        const codes = context.workbook.worksheets.getItem(sheetNames.learningOutcomes).getRange(outcomeCodesAddress(this.options.catalogue));
        codes.load('values');
        const snapshot = context.workbook.worksheets.getItem(sheetNames.sync).getUsedRangeOrNullObject(true);
        snapshot.load('values, isNullObject');
        await context.sync();
        const [header = [], ...body] = expectGrid(whole.values);
        const formulas = expectGrid(whole.formulas).slice(1);
        return workbookRead(whole.rowIndex, header, body, formulas, expectGrid(codes.values), snapshot.isNullObject ? [] : expectGrid(snapshot.values));
      });
    } catch {
      return this.carefulRead();
    }
  }

  /** Checks what exists first, then reads a large table in slices that keep each response well under 5 MB. */
  private async carefulRead(): Promise<WorkbookRead | null> {
    return this.options.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(activitiesTableName);
      table.load('isNullObject');
      const outcomesSheet = context.workbook.worksheets.getItemOrNullObject(sheetNames.learningOutcomes);
      outcomesSheet.load('isNullObject');
      const syncSheet = context.workbook.worksheets.getItemOrNullObject(sheetNames.sync);
      syncSheet.load('isNullObject');
      await context.sync();
      if (table.isNullObject) return null;

      const whole = table.getRange();
      whole.load('rowIndex, columnIndex, rowCount, columnCount');
      const header = table.getHeaderRowRange();
      header.load('values');
      const codes = outcomesSheet.isNullObject ? undefined : outcomesSheet.getRange(outcomeCodesAddress(this.options.catalogue));
      codes?.load('values');
      const snapshot = syncSheet.isNullObject ? undefined : syncSheet.getUsedRangeOrNullObject(true);
      snapshot?.load('values, isNullObject');
      await context.sync();

      const sheet = table.worksheet;
      const bodyRows = whole.rowCount - 1;
      const chunks: Excel.Range[] = [];
      for (let start = 0; start < bodyRows; start += ROWS_PER_READ) {
        const count = Math.min(ROWS_PER_READ, bodyRows - start);
        const chunk = sheet.getRange(rangeAddress(whole.rowIndex + 1 + start, whole.columnIndex, count, whole.columnCount));
        chunk.load('values, formulas');
        chunks.push(chunk);
        if (chunks.length % READS_PER_SYNC === 0 && start + count < bodyRows) await context.sync();
      }
      await context.sync();
      return workbookRead(
        whole.rowIndex,
        expectGrid(header.values)[0] ?? [],
        chunks.flatMap((c) => expectGrid(c.values)),
        chunks.flatMap((c) => expectGrid(c.formulas)),
        codes ? expectGrid(codes.values) : [],
        snapshot && !snapshot.isNullObject ? expectGrid(snapshot.values) : [],
      );
    });
  }

  /** One round trip, loading only the rows asked for (a row past the end fails the sync). */
  async readActivityRows(indexes: readonly number[]): Promise<readonly RawRow[]> {
    return this.options.run(async (context) => {
      const rows = context.workbook.tables.getItem(activitiesTableName).rows;
      const ranges = indexes.map((i) => rows.getItemAt(i).getRange().load('rowIndex, values, formulas'));
      await context.sync();
      return ranges.map((range) => {
        const formulas = expectGrid(range.formulas)[0] ?? [];
        return { rowNumber: range.rowIndex + 1, cells: (expectGrid(range.values)[0] ?? []).map((v, c) => rawCellFromOffice(v, formulas[c])) };
      });
    });
  }

  /** One round trip: updates by index, then deletions from the bottom up (indexes stay true), then additions. */
  async writeRows(changes: RowChanges): Promise<void> {
    await this.options.run(async (context) => {
      const table = context.workbook.tables.getItem(activitiesTableName);
      const body = table.getDataBodyRange();
      for (const update of changes.updates ?? []) {
        const target = update.column === undefined ? body.getRow(update.index) : body.getCell(update.index, update.column);
        target.values = toOfficeRows([update.values]);
      }
      [...(changes.removals ?? [])]
        .sort((a, b) => b - a)
        .forEach((index) => body.getRow(index).delete('Up' as Excel.DeleteShiftDirection.up));
      if (changes.appends?.length) table.rows.add(undefined, toOfficeRows(changes.appends));
      await context.sync();
    });
  }

  /** One round trip: clears the sheet (values, formats, merges) and draws the plan; adds the sheet if it is missing. */
  async writeSheet(plan: SheetPlan): Promise<void> {
    await this.options.run(async (context) => {
      const found = context.workbook.worksheets.getItemOrNullObject(plan.name);
      found.load('isNullObject');
      await context.sync();
      const sheet = found.isNullObject ? context.workbook.worksheets.add(plan.name) : found;
      if (!found.isNullObject) {
        const used = sheet.getRange();
        used.unmerge();
        used.clear('All' as Excel.ClearApplyTo.all);
      }
      queueSheet(sheet, plan);
      await context.sync();
    });
  }

  async select(sheetName: string, ranges: readonly string[]): Promise<void> {
    if (ranges.length === 0) return;
    await this.options.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      if (this.options.multiAreaSelect) sheet.getRanges(ranges.join(',')).select();
      else sheet.getRange(ranges[0]).select();
      await context.sync();
    });
  }

  async onSelectionChanged(handler: (selection: Selection) => void): Promise<Subscription> {
    return this.subscribe((context) => [
      context.workbook.onSelectionChanged.add(async () => {
        handler(await this.currentSelection());
      }),
    ]);
  }

  async onChanged(handler: (change: WorkbookChange) => void): Promise<Subscription> {
    return this.subscribe((context) =>
      [sheetNames.activities, sheetNames.learningOutcomes].map((sheet) =>
        context.workbook.worksheets.getItem(sheet).onChanged.add(async (event?: Excel.WorksheetChangedEventArgs) => {
          // Only an edit in place keeps every other row where it was.
          const inPlace = event?.changeType === 'RangeEdited' && event.address;
          handler(inPlace ? { sheet, address: event.address } : { sheet });
        }),
      ),
    );
  }

  private async currentSelection(): Promise<Selection> {
    return this.options.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('address, rowIndex, columnIndex');
      range.worksheet.load('name');
      await context.sync();
      const local = range.address.includes('!') ? range.address.slice(range.address.lastIndexOf('!') + 1) : range.address;
      return { sheet: range.worksheet.name, address: local || cellAddress(range.rowIndex, range.columnIndex), row: range.rowIndex, column: range.columnIndex };
    });
  }

  /** Handlers live as long as the context they were added with; removing them needs that same context. */
  private async subscribe(add: (context: Excel.RequestContext) => OfficeExtension.EventHandlerResult<unknown>[]): Promise<Subscription> {
    const results = await this.options.run(async (context) => {
      const added = add(context);
      await context.sync();
      return added;
    });
    return {
      async remove() {
        for (const result of results) {
          result.remove();
          await result.context.sync();
        }
      },
    };
  }
}

function workbookRead(
  headerRowIndex: number,
  header: readonly CellValue[],
  body: readonly (readonly CellValue[])[],
  formulas: readonly (readonly CellValue[])[],
  outcomeCodes: CellValue[][],
  snapshotRows: CellValue[][],
): WorkbookRead {
  return {
    activities: {
      headers: header.map((v) => rawCellFromOffice(v, v)),
      rows: body.map((values, i) => ({
        rowNumber: headerRowIndex + 2 + i,
        cells: values.map((v, c): RawCell => rawCellFromOffice(v, formulas[i]?.[c])),
      })),
      // Excel refuses merged cells inside a table, so there are none to report.
      merges: [],
    },
    headerRowNumber: headerRowIndex + 1,
    outcomeCodes,
    snapshotRows,
  };
}

/** Office returns an error string, not an array, for a property read before it was loaded: fail loudly. */
function expectGrid(values: unknown): CellValue[][] {
  if (!Array.isArray(values)) throw new Error(`Excel returned no cell values (${String(values)}).`);
  return values as CellValue[][];
}
