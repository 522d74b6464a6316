import type { AcademicYear } from '../academic-year';
import type { Activity } from '../provision-map/types';
import type { ImportCell } from './cells';
import type { HeaderReading, ImportColumn } from './columns';

/** One row of the file as a decoder hands it over. `row` is the number a person sees (the header is usually 1). */
export interface SourceRow {
  readonly row: number;
  readonly cells: readonly ImportCell[];
}

/** A decoded sheet: every row from the top, header row included (the reader finds it). */
export interface SourceSheet {
  /** The sheet's name in a workbook; absent for a CSV file. */
  readonly name?: string;
  readonly rows: readonly SourceRow[];
}

/**
 * accepted: will be written. needs-decision: will be written once the person agrees (a range of years, a new
 * category). rejected: a value could not be read; the messages say what to change. duplicate: the same title, stage
 * and year group as an earlier row or an activity the site holds; never written twice. skipped: a blank row.
 */
export type RowStatus = 'accepted' | 'needs-decision' | 'rejected' | 'duplicate' | 'skipped';

/** How one cell was read, for the preview ("Yr 9 → Year 9"). */
export interface CellExplanation {
  readonly column: ImportColumn;
  /** The school's header for the column. */
  readonly header: string;
  readonly explanation: string;
}

export interface PreviewRow {
  readonly row: number;
  readonly status: RowStatus;
  /** What the row becomes: one activity, one per year of an agreed range, or none when refused. */
  readonly activities: readonly Activity[];
  /** Readings worth showing: only cells whose words differ from Waypoint's. */
  readonly readings: readonly CellExplanation[];
  /** Each names the row, the column and what to do. */
  readonly messages: readonly string[];
  /** Decisions that concern this row, agreed or not (indexes into ImportPreview.decisions). */
  readonly decisions: readonly number[];
  /** The decisions it still waits on; their messages end `messages`, in this order. */
  readonly waitingOn: readonly number[];
  /** Formula-looking text kept as text, by column (write it back with workbookSafeText). */
  readonly formulaLike: readonly ImportColumn[];
}

/** A question for the person before some rows can be written. */
export type ImportDecision =
  | { readonly kind: 'split-range'; readonly row: number; readonly question: string; readonly agreed: boolean }
  | { readonly kind: 'new-category'; readonly name: string; readonly rows: readonly number[]; readonly question: string; readonly agreed: boolean };

export interface ImportPreview {
  /** Sheet the map was read from (workbooks). */
  readonly sheet?: string;
  /** Row number of the header row; 0 when none was found. */
  readonly headerRow: number;
  readonly headers: readonly HeaderReading[];
  /** Headers Waypoint does not read, listed and ignored. */
  readonly ignoredHeaders: readonly string[];
  /** What stops the whole file being read (no header row, a required column missing); no rows are read then. */
  readonly problems: readonly string[];
  /** Notes about the whole file ("There is no Term column: …"). */
  readonly notes: readonly string[];
  readonly rows: readonly PreviewRow[];
  readonly decisions: readonly ImportDecision[];
  readonly counts: Readonly<Record<RowStatus, number>>;
  /** Everything the one publish would create, in row order: the accepted rows' activities. */
  readonly toWrite: readonly Activity[];
  /** The academic year the import goes into ("2026/27"). */
  readonly academicYear?: AcademicYear;
}

/** What the person has agreed to, by row number or category name; `true` agrees to all. */
export interface ImportAgreements {
  readonly splitRanges?: boolean | readonly number[];
  readonly newCategories?: boolean | readonly string[];
}
