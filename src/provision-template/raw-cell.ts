/**
 * A cell as the workbook holds it, before any meaning is given to it. Both readers (Office.js and the .xlsx
 * importer) produce these, so one parser and one set of messages serve both.
 */
export type RawCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'error'; readonly text: string };

export const emptyCell: RawCell = { kind: 'empty' };

/** The grid under a header row: what either reader hands to `readTemplateRows`. */
export interface RawSheet {
  readonly headers: readonly RawCell[];
  readonly rows: readonly RawRow[];
  /** Merged areas overlapping the table, as "B5:B6". */
  readonly merges: readonly MergedArea[];
}

export interface RawRow {
  /** The row number a person sees in Excel (1-based). */
  readonly rowNumber: number;
  readonly cells: readonly RawCell[];
}

export interface MergedArea {
  readonly address: string;
  readonly firstRow: number;
  readonly lastRow: number;
}

export function isBlank(cell: RawCell | undefined): boolean {
  return !cell || cell.kind === 'empty' || (cell.kind === 'text' && cell.text.trim() === '');
}

/** How a cell is described in a message: "a date", "a formula (=A1+1)". */
export function describeCell(cell: RawCell): string {
  switch (cell.kind) {
    case 'empty':
      return 'nothing';
    case 'text':
      return `“${cell.text.length > 40 ? `${cell.text.slice(0, 40)}…` : cell.text}”`;
    case 'number':
      return `the number ${cell.value}`;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'date':
      return `a date (${cell.iso})`;
    case 'formula':
      return `a formula (${cell.formula})`;
    case 'error':
      return `an error (${cell.text})`;
  }
}
