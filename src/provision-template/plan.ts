/**
 * A host-agnostic description of what the template puts in a workbook. The Office.js gateway, the in-memory
 * gateway and the .xlsx builder all draw from one plan, so the pane's template and the downloadable file match.
 */

/** A formula the template itself writes (a lookup); text from people is never one. */
export interface Formula {
  readonly formula: string;
}

export type CellValue = string | number | boolean | null | Formula;

export const isFormula = (value: CellValue): value is Formula => typeof value === 'object' && value !== null;

export interface CellStyle {
  /** Hex colour without '#', e.g. "DCEBF7". */
  readonly fill?: string;
  readonly fontColour?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly wrap?: boolean;
  /** Font size in points. */
  readonly size?: number;
}

/** Values written from a top-left cell (0-based), with one style for the whole block. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly CellValue[])[];
  readonly style?: CellStyle;
  /** Merge the block into one cell (the Map sheet's stage labels). */
  readonly merge?: boolean;
}

/** An in-cell drop-down from a list on the Lists sheet. */
export interface ListValidation {
  readonly kind: 'list';
  /** A1 range on the sheet, e.g. "A4:A503". */
  readonly range: string;
  /** e.g. "='Lists'!$A$2:$A$4". */
  readonly source: string;
  /**
   * Strict lists refuse anything else. Multi-value columns ("Employer encounters; Assemblies") offer the
   * drop-down but let typed lists through; the pane's validation checks each part.
   */
  readonly strict: boolean;
  readonly prompt: string;
}

/** Typing in the range is refused with this message (the key column: writes from the pane are not affected). */
export interface LockedValidation {
  readonly kind: 'locked';
  readonly range: string;
  readonly message: string;
}

export type SheetValidation = ListValidation | LockedValidation;

export interface TablePlan {
  readonly name: string;
  /** Header row position (0-based). */
  readonly row: number;
  readonly column: number;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Column widths in characters, per header. */
  readonly widths: readonly number[];
  /** Columns formatted as text ("@") so a typed "=…" stays text. */
  readonly textColumns: readonly number[];
  /** Columns shaded as not for editing. */
  readonly greyColumns: readonly number[];
  /** Rows below the header that carry the columns' formats and drop-downs (Excel extends them as the table grows). */
  readonly preparedRows: number;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetPlan {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** Widths in characters from column A. */
  readonly columnWidths?: readonly number[];
  readonly blocks: readonly CellBlock[];
  readonly table?: TablePlan;
  readonly validations?: readonly SheetValidation[];
  /** Keep the first rows in view when scrolling. */
  readonly freezeRows?: number;
  /** Rows (0-based, from `from`) given a fixed height in points, so wrapped text shows in every program. */
  readonly rowHeights?: { readonly from: number; readonly count: number; readonly points: number };
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
}

/** Changes to the Activities table's body, by index in the table as it was read. */
export interface RowChanges {
  /** Whole rows, or one cell when `column` is given (0-based within the table). */
  readonly updates?: readonly { readonly index: number; readonly column?: number; readonly values: readonly CellValue[] }[];
  /** Body row indexes to delete. */
  readonly removals?: readonly number[];
  readonly appends?: readonly (readonly CellValue[])[];
}
