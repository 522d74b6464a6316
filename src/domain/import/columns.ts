import { cellText, type ImportCell, loose, squash } from './cells';

/** The activity's fields an import can fill, one per recognised column. */
export type ImportColumn =
  | 'stage'
  | 'yearGroup'
  | 'title'
  | 'categories'
  | 'learningOutcomes'
  | 'benchmarks'
  | 'audience'
  | 'targetedGroup'
  | 'term'
  | 'parentsAndCarers'
  | 'provider'
  | 'evidenceLink'
  | 'key';

/** How each column is named in messages, and the headers schools give it (compared loosely: case, "&", punctuation). */
export const importColumns: Readonly<Record<ImportColumn, { readonly label: string; readonly headers: readonly string[] }>> = {
  stage: { label: 'Stage', headers: ['Stage', 'Stages', 'Careers stage', 'Journey stage', 'Learning journey stage', 'Stage of journey'] },
  yearGroup: {
    label: 'Year group',
    headers: ['Year group', 'Year groups', 'Year', 'Years', 'Yr', 'Yrs', 'Yr group', 'Year(s)', 'YG', 'Year/Key stage', 'Cohort year'],
  },
  title: {
    label: 'Activity',
    headers: ['Activity', 'Activities', 'Title', 'Activity title', 'Activity name', 'Event', 'Events', 'Activity/event', 'What', 'Name', 'Provision'],
  },
  categories: {
    label: 'Category',
    headers: ['Category', 'Categories', 'Type', 'Types', 'Activity type', 'Type of activity', 'Category/type', 'Strand', 'Kind'],
  },
  learningOutcomes: {
    label: 'Learning outcomes',
    headers: [
      'Learning outcomes', 'Learning outcome', 'Outcomes', 'Outcome', 'Outcome(s)', 'LO', 'LOs', 'Learning outcome codes',
      'Intended learning outcomes', 'Careers learning outcomes',
    ],
  },
  benchmarks: { label: 'Gatsby Benchmarks', headers: ['Gatsby Benchmarks', 'Gatsby Benchmark', 'Gatsby', 'Benchmarks', 'Benchmark', 'GB', 'GBs'] },
  audience: { label: 'Audience', headers: ['Audience', 'Universal or targeted', 'Universal/targeted', 'Who'] },
  targetedGroup: { label: 'Targeted group', headers: ['Targeted group', 'Target group', 'Group', 'Targeted at'] },
  term: { label: 'Term', headers: ['Term', 'Terms', 'When', 'Date', 'Dates', 'Timing', 'Half term', 'Term/date', 'Month'] },
  parentsAndCarers: {
    label: 'Parents and carers',
    headers: [
      'Parents and carers', 'Parents involved', 'Parents', 'Parents/carers', 'Parents and carers involved', 'Parental involvement',
      'Parent/carer involvement', 'Involves parents', 'Parents and carers take part', 'Parents invited',
    ],
  },
  provider: { label: 'Provider', headers: ['Provider', 'Provider (PAL)', 'Providers', 'Delivered by', 'External provider', 'Partner'] },
  evidenceLink: { label: 'Evidence link', headers: ['Evidence', 'Evidence link', 'Link', 'URL', 'Evidence URL', 'Web link'] },
  key: { label: 'Key', headers: ['Key', 'Waypoint key'] },
};

const headerKey = (text: string): string => squash(loose(text).replace(/[/-]/g, ' '));

const byHeader = new Map<string, ImportColumn>(
  (Object.entries(importColumns) as [ImportColumn, (typeof importColumns)[ImportColumn]][]).flatMap(([id, c]) =>
    c.headers.map((h) => [headerKey(h), id] as const),
  ),
);

/** The column a header names, or undefined for one Waypoint does not read. */
export function columnOfHeader(header: ImportCell): ImportColumn | undefined {
  return byHeader.get(headerKey(cellText(header)));
}

/** Without these an activity cannot be placed on the map. */
export const requiredColumns: readonly ImportColumn[] = ['title', 'stage', 'yearGroup'];

/** One header of the file as read: which column it is, or none. */
export interface HeaderReading {
  /** 0-based position in the row. */
  readonly position: number;
  readonly header: string;
  readonly column?: ImportColumn;
  /** Why a recognised header is still ignored (a second column for the same thing). */
  readonly note?: string;
}

export interface HeaderRow {
  readonly headers: readonly HeaderReading[];
  readonly columns: Partial<Readonly<Record<ImportColumn, number>>>;
  /** Headers Waypoint does not read; listed in the preview and left alone. */
  readonly unknown: readonly string[];
  /** Required columns the file lacks, each as a sentence saying what to do. */
  readonly missing: readonly string[];
}

/** Reads a header row: each column by the school's own word for it, in any order. The first of two wins. */
export function readHeaderRow(cells: readonly ImportCell[]): HeaderRow {
  const columns: Partial<Record<ImportColumn, number>> = {};
  const headers: HeaderReading[] = [];
  const unknown: string[] = [];
  cells.forEach((cell, position) => {
    const header = cellText(cell);
    if (!header) return;
    const column = columnOfHeader(header);
    if (!column) {
      unknown.push(header);
      headers.push({ position, header });
    } else if (columns[column] !== undefined) {
      const first = headers.find((h) => h.position === columns[column])!.header;
      unknown.push(header);
      headers.push({ position, header, note: `“${first}” is already read as ${importColumns[column].label}; this column is ignored.` });
    } else {
      columns[column] = position;
      headers.push({ position, header, column });
    }
  });
  const missing = requiredColumns
    .filter((c) => columns[c] === undefined)
    .map((c) => {
      const names = importColumns[c].headers.slice(0, 3).map((h) => `“${h}”`);
      return `There is no ${importColumns[c].label} column: name the column that holds it ${names.join(', ')} or similar.`;
    });
  return { headers, columns, unknown, missing };
}

/** How many cells of a row are headers Waypoint knows: the header row is the first with at least two. */
export const knownHeaderCount = (cells: readonly ImportCell[]): number => cells.filter((c) => columnOfHeader(c) !== undefined).length;
