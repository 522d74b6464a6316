import { cellAddress, parseCellAddress } from '../../provision-template/a1';
import type { TemplateCatalogue } from '../../provision-template/catalogue';
import { columnIndexOf, textColumnIds } from '../../provision-template/columns';
import { outcomeCodesAddress } from '../../provision-template/outcomes-sheet';
import { type CellValue, isFormula, type RowChanges, type SheetPlan, type WorkbookPlan } from '../../provision-template/plan';
import type { RawCell, RawRow } from '../../provision-template/raw-cell';
import { sheetNames } from '../../provision-template/sheets';
import {
  type Selection,
  type Subscription,
  TemplateExistsError,
  type WorkbookChange,
  type WorkbookGateway,
  type WorkbookRead,
} from '../../provision-template/workbook-gateway';

interface MemoryTable {
  readonly row: number;
  readonly column: number;
  readonly headers: readonly CellValue[];
  rows: CellValue[][];
}

/** What the demo grid shows: the Activities table and where the selection is. */
export interface DemoView {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Row number (1-based) of the header, as Excel would show it. */
  readonly headerRowNumber: number;
  readonly selection: Selection | null;
  /** Ranges the pane last selected (e.g. from a gap warning). */
  readonly highlighted: { readonly sheet: string; readonly ranges: readonly string[] } | null;
}

const key = (row: number, column: number): string => `${row}:${column}`;
const textColumns = new Set(textColumnIds.map(columnIndexOf));

/**
 * A workbook in memory: the plain-browser demo ("demo workbook") and tests. It keeps what the template writes per
 * sheet, one Activities table, a selection, and raises the same two events as Excel.
 */
export class MemoryWorkbookGateway implements WorkbookGateway {
  readonly kind = 'memory';
  private readonly sheets = new Map<string, Map<string, CellValue>>();
  private table: MemoryTable | null = null;
  private selection: Selection | null = null;
  private highlighted: DemoView['highlighted'] = null;
  private readonly selectionListeners = new Set<(selection: Selection) => void>();
  private readonly changeListeners = new Set<(change: WorkbookChange) => void>();
  private readonly viewListeners = new Set<() => void>();
  private view: DemoView | null = null;

  constructor(private readonly catalogue: TemplateCatalogue) {}

  async createTemplate(plan: WorkbookPlan): Promise<void> {
    const clash = plan.sheets.find((s) => this.sheets.has(s.name));
    if (clash) throw new TemplateExistsError(clash.name);
    plan.sheets.forEach((s) => this.drawSheet(s));
    this.changed();
  }

  async readWorkbook(): Promise<WorkbookRead | null> {
    if (!this.table) return null;
    const table = this.table;
    const outcomes = this.sheets.get(sheetNames.learningOutcomes);
    const [from, to] = outcomeCodesAddress(this.catalogue).split(':').map((a) => parseCellAddress(a)!);
    const outcomeCodes = outcomes && from && to ? range(from.row, to.row).map((r) => [outcomes.get(key(r, from.column)) ?? null]) : [];
    return {
      activities: {
        headers: table.headers.map(rawFromValue),
        rows: table.rows.map((cells, i) => ({ rowNumber: table.row + 2 + i, cells: cells.map(rawFromValue) })),
        merges: [],
      },
      headerRowNumber: table.row + 1,
      outcomeCodes,
      snapshotRows: this.grid(sheetNames.sync),
    };
  }

  async readActivityRows(indexes: readonly number[]): Promise<readonly RawRow[]> {
    const table = this.requireTable();
    return indexes.map((i) => {
      const cells = table.rows[i];
      if (!cells) throw new Error(`The Activities table has no row ${i + 1}.`);
      return { rowNumber: table.row + 2 + i, cells: cells.map(rawFromValue) };
    });
  }

  async writeRows(changes: RowChanges): Promise<void> {
    const table = this.requireTable();
    changes.updates?.forEach((u) => {
      const row = table.rows[u.index];
      if (!row) return;
      if (u.column === undefined) table.rows[u.index] = [...u.values];
      else row[u.column] = u.values[0] ?? null;
    });
    [...(changes.removals ?? [])].sort((a, b) => b - a).forEach((i) => table.rows.splice(i, 1));
    changes.appends?.forEach((values) => table.rows.push([...values]));
    this.changed();
  }

  async writeSheet(plan: SheetPlan): Promise<void> {
    this.sheets.delete(plan.name);
    this.drawSheet(plan);
    this.notifyView();
  }

  async select(sheet: string, ranges: readonly string[]): Promise<void> {
    const first = ranges[0] ? parseCellAddress(ranges[0]) : undefined;
    if (!first) return;
    this.highlighted = { sheet, ranges };
    this.moveSelection({ sheet, address: ranges[0]!, ...first });
  }

  async onSelectionChanged(handler: (selection: Selection) => void): Promise<Subscription> {
    this.selectionListeners.add(handler);
    return { remove: async () => void this.selectionListeners.delete(handler) };
  }

  async onChanged(handler: (change: WorkbookChange) => void): Promise<Subscription> {
    this.changeListeners.add(handler);
    return { remove: async () => void this.changeListeners.delete(handler) };
  }

  /** The demo grid: a person clicks a cell of the Activities table (index may be one past the last row). */
  selectTableCell(index: number, column: number): void {
    const table = this.requireTable();
    const row = table.row + 1 + index;
    this.highlighted = null;
    this.moveSelection({ sheet: sheetNames.activities, address: cellAddress(row, table.column + column), row, column: table.column + column });
  }

  /** The demo grid: a person types into a cell; the row one past the last starts a new row, as in an Excel table. */
  typeInTableCell(index: number, column: number, text: string): void {
    const table = this.requireTable();
    const added = index === table.rows.length;
    if (added) table.rows.push(table.headers.map(() => null));
    const row = table.rows[index];
    if (!row) return;
    // As Excel's General format would: digits become numbers, except in the columns formatted as text.
    row[column] = text === '' ? null : !textColumns.has(column) && /^\d+$/.test(text) ? Number(text) : text;
    // Excel reports a new row as a row inserted, and an edit in place with its address.
    this.changed(added ? undefined : cellAddress(table.row + 1 + index, table.column + column));
  }

  /** For React's useSyncExternalStore. */
  subscribe = (listener: () => void): (() => void) => {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  };

  getView = (): DemoView => {
    if (!this.view) {
      this.view = {
        headers: (this.table?.headers ?? []).map((h) => String(h ?? '')),
        rows: this.table?.rows.map((r) => [...r]) ?? [],
        headerRowNumber: (this.table?.row ?? 0) + 1,
        selection: this.selection,
        highlighted: this.highlighted,
      };
    }
    return this.view;
  };

  private drawSheet(plan: SheetPlan): void {
    const cells = new Map<string, CellValue>();
    this.sheets.set(plan.name, cells);
    for (const block of plan.blocks) {
      block.values.forEach((row, r) => row.forEach((value, c) => cells.set(key(block.row + r, block.column + c), value)));
    }
    if (plan.table) {
      this.table = { row: plan.table.row, column: plan.table.column, headers: [...plan.table.headers], rows: plan.table.rows.map((r) => [...r]) };
    }
  }

  private grid(sheet: string): CellValue[][] {
    const cells = this.sheets.get(sheet);
    if (!cells) return [];
    const positions = [...cells.keys()].map((k) => k.split(':').map(Number) as [number, number]);
    const rows = Math.max(0, ...positions.map(([r]) => r + 1));
    const columns = Math.max(0, ...positions.map(([, c]) => c + 1));
    return range(0, rows - 1).map((r) => range(0, columns - 1).map((c) => cells.get(key(r, c)) ?? null));
  }

  private requireTable(): MemoryTable {
    if (!this.table) throw new Error('The demo workbook has no Activities table yet.');
    return this.table;
  }

  private moveSelection(selection: Selection): void {
    this.selection = selection;
    this.notifyView();
    this.selectionListeners.forEach((l) => l(selection));
  }

  private changed(address?: string): void {
    this.notifyView();
    const change: WorkbookChange = { sheet: sheetNames.activities, ...(address ? { address } : {}) };
    this.changeListeners.forEach((l) => l(change));
  }

  private notifyView(): void {
    this.view = null;
    this.viewListeners.forEach((l) => l());
  }
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

function rawFromValue(value: CellValue | undefined): RawCell {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (isFormula(value)) return { kind: 'formula', formula: value.formula };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  return { kind: 'text', text: value };
}
