import type { CellValue, RowChanges, SheetPlan, WorkbookPlan } from './plan';

export type { RowChanges };
import type { RawRow, RawSheet } from './raw-cell';

/**
 * Everything the pane does to a workbook, in a few coarse operations so each costs one or two round trips to
 * Excel. The workbook model owns this port; the host implements it: Office.js (`src/host/excel/office-workbook-gateway.ts`)
 * and in memory (`src/host/excel/memory-workbook-gateway.ts`, for the plain-browser demo and tests). Addresses are A1
 * on the named sheet.
 */
export interface WorkbookGateway {
  readonly kind: 'office' | 'memory';
  /** Lays down every sheet of the plan. Refuses (TemplateExistsError) if a sheet of that name is already there. */
  createTemplate(plan: WorkbookPlan): Promise<void>;
  /** The Activities table, the chosen learning outcome codes and the sync snapshot; null without the template. */
  readWorkbook(): Promise<WorkbookRead | null>;
  /**
   * Body rows of the Activities table by index (0-based), in one round trip: after an edit in place the pane reads
   * only the rows edited. Refuses an index past the end of the table.
   */
  readActivityRows(indexes: readonly number[]): Promise<readonly RawRow[]>;
  /** Changes the Activities table's body: updates by index, then removals, then rows added at the end. */
  writeRows(changes: RowChanges): Promise<void>;
  /** Replaces a sheet's contents (the Map, the sync snapshot), creating the sheet if needed. */
  writeSheet(plan: SheetPlan): Promise<void>;
  /** Selects ranges on a sheet and brings it into view. */
  select(sheet: string, ranges: readonly string[]): Promise<void>;
  /** Called with where the selection is now. */
  onSelectionChanged(handler: (selection: Selection) => void): Promise<Subscription>;
  /** Called after cells change on the Activities or Learning outcomes sheets (by anyone, including us). */
  onChanged(handler: (change: WorkbookChange) => void): Promise<Subscription>;
}

export interface WorkbookChange {
  readonly sheet: string;
  /** The cells edited in place ("C7", "C7:D9"); absent when rows were added or removed, or the host does not say. */
  readonly address?: string;
}

export interface WorkbookRead {
  /** The Activities table: header cells and body rows, typed. */
  readonly activities: RawSheet;
  /** Row number (1-based, as Excel shows it) of the table's header. */
  readonly headerRowNumber: number;
  /** The Learning outcomes sheet's code cells, top to bottom. */
  readonly outcomeCodes: readonly (readonly CellValue[])[];
  /** The hidden sync sheet's rows. */
  readonly snapshotRows: readonly (readonly CellValue[])[];
}

export interface Selection {
  readonly sheet: string;
  /** e.g. "C7" or "C7:D9". */
  readonly address: string;
  /** 0-based position of the first selected cell on the sheet. */
  readonly row: number;
  readonly column: number;
}

export interface Subscription {
  remove(): Promise<void>;
}

export class TemplateExistsError extends Error {
  constructor(readonly sheet: string) {
    super(`The workbook already has a sheet called “${sheet}”. Rename it, or open Waypoint in a new workbook.`);
    this.name = 'TemplateExistsError';
  }
}
