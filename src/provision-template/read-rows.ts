import { cachedCellReader, type CellReader } from '../domain/import';
import { newCategoryWaiting } from '../domain/import/categories';
import type { Activity } from '../domain/provision-map/types';
import { validateActivity } from '../domain/validation/activity';
import type { TemplateCatalogue } from './catalogue';
import { type ColumnId, templateColumns } from './columns';
import { matchHeaders } from './headers';
import { type CellProblem, parseRowCells, readerContext } from './parse-cells';
import { emptyCell, isBlank, type RawCell, type RawRow, type RawSheet } from './raw-cell';

/** One activity row of the sheet, read and valid. */
export interface TemplateRow {
  /** The row number a person sees in Excel. */
  readonly rowNumber: number;
  /** Position in the table's body (0-based), for writing back. */
  readonly index: number;
  /** False when the key cell was blank: the row is new and `activity.id` was made for it. */
  readonly keyed: boolean;
  readonly activity: Activity;
  /** Fields holding text that starts with =, +, - or @ (kept as text). */
  readonly formulaLike: readonly ColumnId[];
}

export interface RowProblem {
  /** Absent for a problem with the sheet as a whole (a missing header). */
  readonly rowNumber?: number;
  readonly column?: ColumnId;
  readonly message: string;
  /** One of the school's own categories, typed in this row: the row waits until the person agrees to add it. */
  readonly newCategory?: string;
}

export interface TemplateRead {
  readonly rows: readonly TemplateRow[];
  readonly problems: readonly RowProblem[];
}

export interface ReadOptions {
  readonly catalogue: TemplateCatalogue;
  /** Makes a key for a row without one (a new activity). */
  readonly newKey: () => string;
  /**
   * Rows already read, by the row object: after an edit the pane hands in the same rows with only the edited ones
   * replaced, so only those are read again. Keep one per catalogue.
   */
  readonly readBefore?: RowMemo;
}

/** What one row read as, before the rows are compared with each other (keys must be unique). */
export interface RowOutcome {
  readonly key: string;
  readonly row?: TemplateRow;
  readonly problems: readonly RowProblem[];
}

export type RowMemo = WeakMap<RawRow, RowOutcome>;

/** Validator field paths ("categories[1]", "audience.group") to the template's columns. */
const fieldColumns: Readonly<Record<string, ColumnId>> = {
  id: 'key',
  stage: 'stage',
  yearGroup: 'yearGroup',
  title: 'title',
  categories: 'categories',
  learningOutcomes: 'learningOutcomes',
  benchmarks: 'benchmarks',
  audience: 'audience',
  'audience.kind': 'audience',
  'audience.group': 'targetedGroup',
  term: 'term',
  parentsAndCarers: 'parentsAndCarers',
  provider: 'provider',
  evidenceLink: 'evidenceLink',
};

/** The validator's labels where the template's headers say it differently. */
const relabel: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Title\b/, 'Activity'],
  [/^Categories\b/, 'Category'],
  [/^Benchmarks\b/, 'Gatsby Benchmarks'],
];

const columnOf = (field: string): ColumnId | undefined => fieldColumns[field] ?? fieldColumns[field.replace(/\[\d+\]$/, '')];

/**
 * Reads the Activities table: every problem, with its row number and column, or the valid rows. The caller writes
 * nothing unless `problems` is empty. Cells are read by the import's reader (the school's words, as Excel holds them)
 * and the domain's `validateActivity` decides what is valid; this adds only what belongs to the sheet (headers,
 * merged cells, formulas, duplicate keys) and the question the import asks of a category of the school's own.
 */
export function readTemplateRows(sheet: RawSheet, options: ReadOptions): TemplateRead {
  const headers = matchHeaders(sheet.headers);
  if (!headers.ok) return { rows: [], problems: headers.messages.map((message) => ({ message })) };

  const problems: RowProblem[] = sheet.merges.map((m) => ({
    rowNumber: m.firstRow,
    message:
      m.firstRow === m.lastRow
        ? `Row ${m.firstRow}: cells ${m.address} are merged. Unmerge them so each column holds its own value.`
        : `Rows ${m.firstRow} to ${m.lastRow}: cells ${m.address} are merged. Unmerge them so each activity has its own row.`,
  }));
  const rows: TemplateRow[] = [];
  const keyRows = new Map<string, number>();
  const ctx = readerContext(options.catalogue);
  // A map repeats its stages, years and categories: each distinct cell is read once.
  const read = cachedCellReader(ctx);

  sheet.rows.forEach((row, index) => {
    let outcome = options.readBefore?.get(row);
    if (!outcome) {
      outcome = readRow(row, index, headers.columns, options, ctx, read);
      options.readBefore?.set(row, outcome);
    }
    if (outcome.key) {
      const first = keyRows.get(outcome.key);
      if (first !== undefined) {
        problems.push({
          rowNumber: row.rowNumber,
          column: 'key',
          message: `This row has the same key as row ${first}: it looks like a copy. Clear the key of the copy so it is published as a new activity.`,
        });
        return;
      }
      keyRows.set(outcome.key, row.rowNumber);
    }
    problems.push(...outcome.problems);
    if (outcome.row) rows.push(outcome.row);
  });
  return { rows, problems };
}

/** One row on its own: its key, and the activity it holds or what is wrong with it. */
function readRow(
  row: RawRow,
  index: number,
  columns: Readonly<Record<ColumnId, number>>,
  options: ReadOptions,
  ctx: ReturnType<typeof readerContext>,
  read: CellReader,
): RowOutcome {
  const cell = (id: ColumnId): RawCell => row.cells[columns[id]] ?? emptyCell;
  if (templateColumns.every((c) => isBlank(cell(c.id)))) return { key: '', problems: [] }; // blank rows are gaps people leave, not errors
  const at = (column: ColumnId | undefined, message: string): RowProblem => ({ rowNumber: row.rowNumber, ...(column ? { column } : {}), message });

  const keyCell = cell('key');
  const key = keyCell.kind === 'text' ? keyCell.text.trim() : '';
  const problems: RowProblem[] = [];
  if (!isBlank(keyCell) && keyCell.kind !== 'text') problems.push(at('key', 'The key was changed: clear the cell to publish this row as a new activity.'));

  const parsed = parseRowCells(cell, options.catalogue, key || options.newKey(), read);
  parsed.problems.forEach((p: CellProblem) => problems.push(at(p.column, p.message)));
  // A category the catalogue does not hold is offered as a new one, as the import offers it; once agreed, it is in the
  // catalogue (withOwnCategories).
  for (const { name } of parsed.ownCategories) {
    problems.push({ ...at('categories', newCategoryWaiting(name)), newCategory: name });
  }
  const result = validateActivity(parsed.input, { ...ctx, categories: [...ctx.categories, ...parsed.ownCategories] });
  if (!result.ok) {
    // A column the parser already complained about would only get a second, vaguer message.
    const reported = new Set(parsed.problems.map((p) => p.column));
    result.errors
      .filter((e) => !reported.has(columnOf(e.field) ?? 'key'))
      .forEach((e) => problems.push(at(columnOf(e.field), relabel.reduce((m, [from, to]) => m.replace(from, to), e.message))));
    return { key, problems };
  }
  if (problems.length > 0) return { key, problems };
  return {
    key,
    problems,
    row: {
      rowNumber: row.rowNumber,
      index,
      keyed: key !== '',
      activity: result.value,
      formulaLike: result.formulaLike.map(columnOf).filter((c): c is ColumnId => c !== undefined),
    },
  };
}
