import type { AcademicYear } from '../academic-year';
import { yearLabel } from '../provision-map/labels';
import type { Activity } from '../provision-map/types';
import { loose } from './cells';
import { newCategoryQuestion, newCategoryWaiting } from './categories';
import { knownHeaderCount, readHeaderRow } from './columns';
import { sameActivityKey } from './keys';
import { cachedCellReader, type ReaderContext } from './read-cell';
import { describeRange, type RowDraft, rowReader } from './read-row';
import type { ImportAgreements, ImportDecision, ImportPreview, PreviewRow, RowStatus, SourceSheet } from './types';

/** How far down a sheet the header row may be (people put a title and a date above their map). */
export const HEADER_SEARCH_ROWS = 20;

export interface PreviewOptions extends ImportAgreements {
  readonly context: ReaderContext;
  /** The activities already held (on the site, or in the workbook): a row matching one is a duplicate. */
  readonly existing?: readonly Activity[];
  /** Where `existing` is held, as a repeated row's message says it ("in the workbook"); "on the site’s provision map" unless told. */
  readonly existingWhere?: string;
  /** The academic year the import goes into: each activity to write carries it. */
  readonly academicYear?: AcademicYear;
}

/**
 * The preview of an import, before anything is written: how each row was read, what needs a decision, what is
 * refused and why, and what one publish would create. Pure: run it again with new agreements as the person decides.
 */
export function previewImport(sheet: SourceSheet, options: PreviewOptions): ImportPreview {
  const base = {
    ...(sheet.name !== undefined ? { sheet: sheet.name } : {}),
    ...(options.academicYear !== undefined ? { academicYear: options.academicYear } : {}),
  };
  const headerIndex = sheet.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => knownHeaderCount(r.cells) >= 2);
  if (headerIndex < 0) {
    const problem =
      'No header row was found: the first row of the map should name its columns, such as Stage, Year group and Activity ' +
      `(Waypoint looks in the first ${HEADER_SEARCH_ROWS} rows).`;
    return { ...base, ...emptyPreview(0), problems: [problem] };
  }
  const headerRow = sheet.rows[headerIndex]!;
  const header = readHeaderRow(headerRow.cells);
  const notes = [
    ...(header.unknown.length > 0 ? [`Columns Waypoint does not read, left out: ${header.unknown.map((h) => `“${h}”`).join(', ')}.`] : []),
    ...(header.columns.term === undefined ? ['There is no Term column: each activity’s term is “not stated”.'] : []),
  ];
  const common = { ...base, headers: header.headers, ignoredHeaders: header.unknown, notes };
  if (header.missing.length > 0) return { ...emptyPreview(headerRow.row), ...common, problems: header.missing };

  const readRow = rowReader(header, options.context, cachedCellReader(options.context), options.academicYear);
  const drafts = sheet.rows.slice(headerIndex + 1).map(readRow);
  const decisions = decide(drafts, options);
  const rows = weighDuplicates(drafts, decisions, options.existing ?? [], options.existingWhere ?? 'on the site’s provision map');
  const counts = { accepted: 0, 'needs-decision': 0, rejected: 0, duplicate: 0, skipped: 0 } as Record<RowStatus, number>;
  rows.forEach((r) => counts[r.status]++);
  return {
    ...common,
    headerRow: headerRow.row,
    problems: [],
    rows,
    decisions,
    counts,
    toWrite: rows
      .filter((r) => r.status === 'accepted')
      .flatMap((r) => r.activities)
      .map((a) => (options.academicYear !== undefined ? { ...a, academicYear: options.academicYear } : a)),
  };
}

function emptyPreview(headerRow: number): Omit<ImportPreview, 'problems'> {
  return {
    headerRow,
    headers: [],
    ignoredHeaders: [],
    notes: [],
    rows: [],
    decisions: [],
    counts: { accepted: 0, 'needs-decision': 0, rejected: 0, duplicate: 0, skipped: 0 },
    toWrite: [],
  };
}

/** The questions the file raises: a range of years per row; each of the school's own categories once. */
function decide(drafts: readonly RowDraft[], agreed: ImportAgreements): ImportDecision[] {
  const decisions: ImportDecision[] = [];
  const byName = new Map<string, { name: string; rows: number[] }>();
  for (const d of drafts) {
    if (d.messages.length > 0 || d.blank) continue;
    if (d.range) {
      decisions.push({
        kind: 'split-range',
        row: d.row,
        question: `Row ${d.row}: ${describeRange(d.range.typed, d.range.shown)}. Make one activity for each year?`,
        agreed: agreedTo(agreed.splitRanges, d.row),
      });
    }
    for (const name of d.newCategories) {
      const entry = byName.get(loose(name)) ?? { name, rows: [] };
      entry.rows.push(d.row);
      byName.set(loose(name), entry);
    }
  }
  for (const { name, rows } of byName.values()) {
    decisions.push({
      kind: 'new-category',
      name,
      rows,
      question: newCategoryQuestion(name, rows),
      agreed: agreedTo(agreed.newCategories, name),
    });
  }
  return decisions;
}

function agreedTo<T extends number | string>(agreement: boolean | readonly T[] | undefined, what: T): boolean {
  if (agreement === undefined || typeof agreement === 'boolean') return agreement === true;
  return agreement.some((a) => (typeof a === 'string' ? loose(a) === loose(String(what)) : a === what));
}

/** Statuses, in row order: the first of two same activities is kept; one already held (`existing`) is not written again. */
function weighDuplicates(
  drafts: readonly RowDraft[],
  decisions: readonly ImportDecision[],
  existing: readonly Activity[],
  existingWhere: string,
): PreviewRow[] {
  const seen = new Map<string, number | 'held'>(existing.map((a) => [sameActivityKey(a), 'held' as const]));
  const heldIds = new Set(existing.map((a) => a.id));
  const byRow = new Map<number, number[]>();
  decisions.forEach((q, i) => {
    for (const row of q.kind === 'split-range' ? [q.row] : q.rows) byRow.set(row, [...(byRow.get(row) ?? []), i]);
  });
  return drafts.map((d): PreviewRow => {
    const mine = byRow.get(d.row) ?? [];
    // Rows are built whole rather than spread from a common part: a 5,000-row preview builds them all at once.
    const row = (status: RowStatus, activities: readonly Activity[], messages: readonly string[], waitingOn: readonly number[] = []): PreviewRow => ({
      row: d.row,
      status,
      activities,
      readings: d.readings,
      messages,
      decisions: mine,
      waitingOn,
      formulaLike: d.formulaLike,
    });
    if (d.blank) return row('skipped', [], []);
    if (d.messages.length > 0) return row('rejected', [], d.messages);

    const messages: string[] = [];
    const { keys } = d;
    const kept = d.activities.filter((a, i) => {
      const earlier = heldIds.has(a.id) ? 'held' : seen.get(keys[i]!);
      if (earlier === undefined) return true;
      const same = d.activities.length > 1 ? `The ${yearLabel(a.yearGroup)} activity` : 'This activity';
      messages.push(
        earlier === 'held'
          ? `Row ${d.row}: ${same} (same title, stage and year group) is already ${existingWhere}; it is not written again.`
          : `Row ${d.row}: ${same} repeats row ${earlier} (same title, stage and year group); it is written once.`,
      );
      return false;
    });
    if (kept.length === 0) return row('duplicate', [], messages);
    const waitingOn = mine.filter((i) => !decisions[i]!.agreed);
    for (const q of waitingOn.map((i) => decisions[i]!)) {
      messages.push(
        q.kind === 'split-range'
          ? `${d.where('yearGroup')}: ${describeRange(d.range!.typed, d.range!.shown)} — agree to make one activity for each year, or give the row one year group.`
          : `${d.where('categories')}: ${newCategoryWaiting(q.name)}`,
      );
    }
    d.activities.forEach((a, i) => {
      if (kept.includes(a)) seen.set(keys[i]!, d.row);
    });
    return row(waitingOn.length > 0 ? 'needs-decision' : 'accepted', kept, messages, waitingOn);
  });
}
