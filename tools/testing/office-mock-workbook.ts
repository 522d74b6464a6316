import { OfficeMockObject } from 'office-addin-mock';

import { cellAddress, parseCellAddress } from '../../src/provision-template/a1';

/**
 * A workbook behind office-addin-mock objects, so code under test meets Office's load/sync rules: a property read
 * before `load` + `context.sync()` is an error string, not data. office-addin-mock cannot mock collections
 * (worksheets, tables, rows), so those are plain objects here whose methods hand out mock ranges, sheets and
 * tables; writes are queued and applied in order at `sync`, as Excel applies a batch.
 */
export interface MockCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  fill?: string;
}

export interface MockSheet {
  readonly name: string;
  readonly cells: Map<string, MockCell>;
  visibility: string;
  freezeRows: number;
  readonly validations: { range: string; rule: unknown; errorAlert?: unknown; prompt?: unknown }[];
  readonly merges: string[];
}

export interface MockTable {
  name: string;
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly columns: number;
  bodyRows: number;
}

export interface MockWorkbook {
  readonly context: Excel.RequestContext;
  readonly sheets: Map<string, MockSheet>;
  readonly tables: Map<string, MockTable>;
  /** `context.sync()` calls so far. */
  syncs: number;
  selected: { sheet: string; address: string } | null;
  /** Handlers added to `onSelectionChanged` / `onChanged`, to fire in tests. */
  readonly handlers: { selection: (() => Promise<void>)[]; changed: (() => Promise<void>)[] };
  cell(sheet: string, address: string): MockCell | undefined;
  value(sheet: string, address: string): string | number | boolean | undefined;
}

const key = (row: number, column: number): string => `${row}:${column}`;

interface Bounds {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

function bounds(address: string): Bounds {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const whole = /^([A-Z]+):([A-Z]+)$/.exec(local);
  if (whole) {
    const a = parseCellAddress(`${whole[1]}1`)!;
    const b = parseCellAddress(`${whole[2]}1`)!;
    return { row: 0, column: a.column, rows: 1_048_576, columns: b.column - a.column + 1 };
  }
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { row: Number(rows[1]) - 1, column: 0, rows: Number(rows[2]) - Number(rows[1]) + 1, columns: 1 };
  const [from, to = from] = local.split(':');
  const a = parseCellAddress(from!)!;
  const b = parseCellAddress(to!)!;
  return { row: a.row, column: a.column, rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
}

class ItemNotFound extends Error {
  readonly code = 'ItemNotFound';
}

export function mockWorkbook(): MockWorkbook {
  const sheets = new Map<string, MockSheet>();
  const tables = new Map<string, MockTable>();
  const queue: (() => void)[] = [];
  const created: { mock: OfficeMockObject; flush?: () => void }[] = [];
  let missing: string | null = null;
  const handlers: MockWorkbook['handlers'] = { selection: [], changed: [] };

  const addSheet = (name: string): MockSheet => {
    const sheet: MockSheet = { name, cells: new Map(), visibility: 'Visible', freezeRows: 0, validations: [], merges: [] };
    sheets.set(name, sheet);
    return sheet;
  };

  const grid = (sheet: MockSheet, b: Bounds, pick: (c: MockCell | undefined) => unknown): unknown[][] =>
    Array.from({ length: Math.min(b.rows, 10_000) }, (_, r) => Array.from({ length: b.columns }, (_, c) => pick(sheet.cells.get(key(b.row + r, b.column + c)))));

  const writeGrid = (sheet: MockSheet, b: Bounds, values: unknown[][], field: 'value' | 'numberFormat'): void =>
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const k = key(b.row + r, b.column + c);
        const cell = sheet.cells.get(k) ?? { value: '' };
        if (field === 'numberFormat') cell.numberFormat = String(v);
        else if (typeof v === 'string' && v.startsWith('=')) Object.assign(cell, { formula: v, value: 0 });
        else Object.assign(cell, { value: typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v, formula: undefined });
        sheet.cells.set(k, cell);
      }),
    );

  /** A mock whose top-level assignments and method calls are queued for the next sync. */
  function tracked(seed: Record<string, unknown>, flush?: (mock: OfficeMockObject) => void): OfficeMockObject {
    const mock = new OfficeMockObject(seed);
    const proxy = new Proxy(mock, {
      set(target, property, value) {
        (target as unknown as Record<string | symbol, unknown>)[property] = value;
        // office-addin-mock itself sets "Error, …" placeholders through `this` while loading: not a write.
        const placeholder = typeof value === 'string' && value.startsWith('Error, ');
        if (typeof property === 'string' && !property.startsWith('_') && !placeholder) queue.push(() => assignments.get(proxy)?.(property, value));
        return true;
      },
    });
    created.push({ mock, ...(flush ? { flush: () => flush(mock) } : {}) });
    return proxy;
  }
  const assignments = new WeakMap<object, (property: string, value: unknown) => void>();

  function rangeMock(sheet: MockSheet, address: string): OfficeMockObject {
    const b = bounds(address);
    const range = tracked(
      {
        address: `${sheet.name}!${address}`,
        rowIndex: b.row,
        columnIndex: b.column,
        rowCount: b.rows,
        columnCount: b.columns,
        isNullObject: false,
        values: grid(sheet, b, (c) => c?.value ?? ''),
        formulas: grid(sheet, b, (c) => c?.formula ?? c?.value ?? ''),
        format: { fill: { color: '' }, font: { bold: false, italic: false, color: '', size: 11 }, wrapText: false, columnWidth: 0 },
        dataValidation: { rule: '', errorAlert: '', prompt: '', clear: () => undefined },
        worksheet: { name: sheet.name },
        merge: () => queue.push(() => sheet.merges.push(address)),
        unmerge: () => queue.push(() => sheet.merges.splice(0)),
        clear: () => queue.push(() => sheet.cells.clear()),
        select: () => queue.push(() => (workbook.selected = { sheet: sheet.name, address })),
        getRow: (i: number) => rangeMock(sheet, cellAddress(b.row + i, b.column) + ':' + cellAddress(b.row + i, b.column + b.columns - 1)),
        getCell: (r: number, c: number) => rangeMock(sheet, cellAddress(b.row + r, b.column + c)),
        delete: () => queue.push(() => deleteRows(sheet, b)),
      },
      (mock) => {
        const fill = (mock.format as OfficeMockObject).fill as OfficeMockObject;
        if (typeof fill.color === 'string' && fill.color.startsWith('#')) {
          for (let r = 0; r < Math.min(b.rows, 2000); r++) {
            for (let c = 0; c < b.columns; c++) {
              const cell = sheet.cells.get(key(b.row + r, b.column + c)) ?? { value: '' };
              cell.fill = fill.color;
              sheet.cells.set(key(b.row + r, b.column + c), cell);
            }
          }
        }
        const dv = mock.dataValidation as OfficeMockObject;
        if (dv.rule && typeof dv.rule === 'object') {
          sheet.validations.push({ range: address, rule: dv.rule, errorAlert: dv.errorAlert, prompt: dv.prompt });
        }
      },
    );
    assignments.set(range, (property, value) => {
      if (property === 'values') writeGrid(sheet, b, value as unknown[][], 'value');
      if (property === 'numberFormat') writeGrid(sheet, b, value as unknown[][], 'numberFormat');
    });
    return range;
  }

  function deleteRows(sheet: MockSheet, b: Bounds): void {
    const table = [...tables.values()].find((t) => t.sheet === sheet.name && b.row > t.row && b.row <= t.row + t.bodyRows);
    const last = table ? table.row + table.bodyRows : b.row;
    for (let r = b.row; r <= last; r++) {
      for (let c = b.column; c < b.column + b.columns; c++) {
        const below = sheet.cells.get(key(r + b.rows, c));
        if (below && r + b.rows <= last) sheet.cells.set(key(r, c), below);
        else sheet.cells.delete(key(r, c));
      }
    }
    if (table) table.bodyRows -= b.rows;
  }

  function tableMock(name: string, table: MockTable | undefined, orNull: boolean): OfficeMockObject {
    if (!table && !orNull) missing = `table ${name}`;
    const sheet = () => sheets.get(table!.sheet)!;
    const at = (row: number, rows: number) => cellAddress(row, table!.column) + ':' + cellAddress(row + rows - 1, table!.column + table!.columns - 1);
    // A missing table fails at sync, as in Excel; until then its ranges are empty stand-ins.
    if (!table) {
      const stub = () => tracked({ values: [], formulas: [], rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 });
      return tracked({ isNullObject: true, name, getRange: stub, getHeaderRowRange: stub, getDataBodyRange: stub });
    }
    const mock = tracked({
      isNullObject: !table,
      name,
      style: '',
      getRange: () => rangeMock(sheet(), at(table!.row, table!.bodyRows + 1)),
      getHeaderRowRange: () => rangeMock(sheet(), at(table!.row, 1)),
      getDataBodyRange: () => rangeMock(sheet(), at(table!.row + 1, Math.max(table!.bodyRows, 1))),
      rows: {
        getItemAt: (index: number) => ({ getRange: () => rangeMock(sheet(), at(table!.row + 1 + index, 1)) }),
        add: (_index: unknown, values: unknown[][]) =>
          queue.push(() => {
            writeGrid(sheet(), { row: table!.row + 1 + table!.bodyRows, column: table!.column, rows: values.length, columns: table!.columns }, values, 'value');
            table!.bodyRows += values.length;
          }),
      },
    });
    // A mock inside a seed is re-populated by office-addin-mock, so the navigation property is attached afterwards.
    if (table) Object.defineProperty(mock, 'worksheet', { get: () => sheetMock(sheet(), false) });
    assignments.set(mock, (property, value) => {
      if (property === 'name' && table) {
        tables.delete(table.name);
        table.name = String(value);
        tables.set(table.name, table);
      }
    });
    return mock;
  }

  function sheetMock(sheet: MockSheet | undefined, orNull: boolean, name = sheet?.name ?? ''): OfficeMockObject {
    if (!sheet && !orNull) missing = `sheet ${name}`;
    if (!sheet) {
      const stub = () => tracked({ values: [], formulas: [], isNullObject: true });
      return tracked({ isNullObject: true, name, getRange: stub, getUsedRangeOrNullObject: stub });
    }
    const mock = tracked({
      isNullObject: !sheet,
      name,
      visibility: sheet?.visibility ?? 'Visible',
      // The whole sheet stands for "everything used" (clearing it is all the gateway does with it).
      getRange: (address?: string) => rangeMock(sheet, address ?? 'A1'),
      getRanges: (addresses: string) => rangeMock(sheet, addresses.split(',')[0]!),
      getUsedRangeOrNullObject: () => {
        const positions = [...sheet.cells.keys()].map((k) => k.split(':').map(Number) as [number, number]);
        if (positions.length === 0) return tracked({ isNullObject: true, values: [] });
        const rows = Math.max(...positions.map(([r]) => r)) + 1;
        const columns = Math.max(...positions.map(([, c]) => c)) + 1;
        return rangeMock(sheet, `A1:${cellAddress(rows - 1, columns - 1)}`);
      },
      activate: () => undefined,
      freezePanes: { freezeRows: (n: number) => queue.push(() => (sheet.freezeRows = n)) },
      tables: {
        add: (address: string, _hasHeaders: boolean) => {
          const b = bounds(address);
          const table: MockTable = { name: `Table${tables.size + 1}`, sheet: sheet.name, row: b.row, column: b.column, columns: b.columns, bodyRows: b.rows - 1 };
          tables.set(table.name, table);
          return tableMock(table.name, table, false);
        },
      },
      onChanged: { add: (h: () => Promise<void>) => (handlers.changed.push(h), { remove: () => undefined, context: workbook.context }) },
    });
    assignments.set(mock, (property, value) => {
      if (property === 'visibility' && sheet) sheet.visibility = String(value);
    });
    return mock;
  }

  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItemOrNullObject: (name: string) => sheetMock(sheets.get(name), true, name),
        getItem: (name: string) => sheetMock(sheets.get(name), false, name),
        add: (name: string) => sheetMock(addSheet(name), false),
      },
      tables: {
        getItemOrNullObject: (name: string) => tableMock(name, tables.get(name), true),
        getItem: (name: string) => tableMock(name, tables.get(name), false),
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
      getSelectedRange: () => rangeMock(sheets.get(workbook.selected?.sheet ?? '')!, workbook.selected?.address ?? 'A1'),
      onSelectionChanged: { add: (h: () => Promise<void>) => (handlers.selection.push(h), { remove: () => undefined, context: workbook.context }) },
    },
  }) as unknown as Excel.RequestContext & { sync: () => Promise<void> };

  const workbook: MockWorkbook = {
    context,
    sheets,
    tables,
    syncs: 0,
    selected: null,
    handlers,
    cell: (sheet, address) => {
      const p = parseCellAddress(address)!;
      return sheets.get(sheet)?.cells.get(key(p.row, p.column));
    },
    value: (sheet, address) => workbook.cell(sheet, address)?.value,
  };

  (context as unknown as { sync: () => Promise<void> }).sync = async () => {
    workbook.syncs++;
    if (missing) {
      const what = missing;
      missing = null;
      queue.splice(0);
      throw new ItemNotFound(`The requested resource doesn't exist (${what}).`);
    }
    for (const op of queue.splice(0)) op();
    for (const c of created.splice(0)) {
      c.flush?.();
      await c.mock.sync();
    }
    // office-addin-mock settles loaded properties in microtasks after sync() returns.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return workbook;
}

/** A run for the gateway over the mock, like Excel.run. */
export const mockRun =
  (workbook: MockWorkbook) =>
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(workbook.context);
