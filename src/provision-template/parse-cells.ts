import { cachedCellReader, type CellReader, type ColumnValues, type ImportCell, type ReaderContext } from '../domain/import';
import { ownCategory } from '../domain/import/categories';
import type { ActivityCategory } from '../domain/catalogue';
import type { TemplateCatalogue } from './catalogue';
import type { ColumnId } from './columns';
import { audienceNames } from './lists';
import { describeCell, isBlank, type RawCell } from './raw-cell';
export interface CellProblem {
  readonly column: ColumnId;
  readonly message: string;
}

/** The row as the domain's activity validator expects it, with names already turned into ids. */
export interface ActivityInput {
  readonly id: string;
  readonly stage?: string;
  readonly yearGroup?: string;
  readonly title?: string;
  readonly categories: readonly string[];
  readonly learningOutcomes: readonly string[];
  readonly benchmarks: readonly number[];
  readonly audience: { readonly kind: 'universal' } | { readonly kind: 'targeted'; readonly group?: string };
  readonly term?: string;
  readonly parentsAndCarers: boolean;
  readonly provider?: string;
  readonly evidenceLink?: string;
}

/** Columns whose words the import's reader reads; the rest are free text. */
type ReadColumn = 'stage' | 'yearGroup' | 'categories' | 'learningOutcomes' | 'benchmarks' | 'audience' | 'term' | 'parentsAndCarers';

/** What each read column holds, for a message about a cell of the wrong kind. */
const expected: Readonly<Record<ReadColumn, string>> = {
  stage: 'a stage',
  yearGroup: 'a year group',
  categories: 'a category',
  learningOutcomes: 'learning outcome codes',
  benchmarks: 'Gatsby Benchmark numbers',
  audience: 'Universal or Targeted',
  term: 'a term',
  parentsAndCarers: 'Yes or No',
};

/** What the reader knows of this map: its year groups, categories and the school's own learning outcomes. */
export const readerContext = (catalogue: TemplateCatalogue): Required<ReaderContext> => ({
  yearGroups: catalogue.yearGroups,
  categories: catalogue.categories,
  ownOutcomes: catalogue.outcomes.filter((o) => !o.universal),
});

/**
 * Reads one row's cells; `cell(id)` gives the cell under that header. A typed cell is read by the import's own reader
 * (`read`, src/domain/import), as Excel holds it: "Yr 9" or the number 9 is Year 9, TRUE is yes, a date in the Term
 * column is its term. Problems name the column; values are ids. Categories the school typed that Waypoint does not
 * know are its own (`ownCategories`), as the import offers them.
 */
export function parseRowCells(
  cell: (id: ColumnId) => RawCell,
  catalogue: TemplateCatalogue,
  key: string,
  read: CellReader = cachedCellReader(readerContext(catalogue)),
): { readonly input: ActivityInput; readonly problems: readonly CellProblem[]; readonly ownCategories: readonly ActivityCategory[] } {
  const problems: CellProblem[] = [];
  const fail = (column: ColumnId, message: string): undefined => {
    problems.push({ column, message });
    return undefined;
  };

  /** Free text (numbers read as their digits); anything else is named in the message. */
  const text = (column: ColumnId, what: string): string | undefined => {
    const c = cell(column);
    if (isBlank(c)) return undefined;
    if (c.kind === 'text') return c.text.trim();
    if (c.kind === 'number') return String(c.value);
    return fail(column, notExpected(c, what));
  };

  const value = <C extends ReadColumn>(column: C): ColumnValues[C] | undefined => {
    const c = cell(column);
    if (isBlank(c)) return undefined;
    // Only a term is a date's business ("07/10/2026" is in the autumn term); elsewhere a date is Excel's guess.
    if (c.kind === 'formula' || c.kind === 'error' || (c.kind === 'date' && column !== 'term')) return fail(column, notExpected(c, expected[column]));
    const typed: ImportCell = c.kind === 'text' ? c.text : c.kind === 'date' ? c.iso : c.kind === 'empty' ? null : c.value;
    const reading = read(column, typed);
    if (reading.kind === 'read') return reading.value;
    if (reading.kind === 'problem') return fail(column, reading.message);
    if (reading.kind === 'range') {
      return fail(column, `“${String(typed)}” names ${reading.shown}: each row here is one year group — copy the row for each year.`);
    }
    return undefined;
  };

  const stage = value('stage');
  const yearGroup = value('yearGroup');
  const categories = value('categories') ?? [];
  const known = new Set(catalogue.categories.map((c) => c.id));
  const learningOutcomes = value('learningOutcomes') ?? [];
  const benchmarks = value('benchmarks');
  // A blank benchmarks cell takes the benchmarks of the activity's categories, as the column's prompt says.
  const defaultBenchmarks = [...new Set(categories.flatMap((id) => catalogue.categories.find((c) => c.id === id)?.benchmarks ?? []))].sort((a, b) => a - b);

  const audienceKind = value('audience');
  const group = text('targetedGroup', 'the name of a group');
  let audience: ActivityInput['audience'] = { kind: 'universal' };
  if (audienceKind === 'targeted') audience = { kind: 'targeted', ...(group !== undefined ? { group } : {}) };
  else if (group !== undefined) {
    // A group with no audience chosen means the activity is for that group.
    if (isBlank(cell('audience'))) audience = { kind: 'targeted', group };
    else if (audienceKind === 'universal') fail('targetedGroup', `A universal activity has no targeted group: choose ${audienceNames.targeted} or clear the group.`);
  }

  const term = value('term');
  const parentsAndCarers = value('parentsAndCarers') ?? false;

  const input: ActivityInput = {
    id: key,
    ...(stage ? { stage } : {}),
    ...(yearGroup !== undefined ? { yearGroup } : {}),
    ...optional('title', text('title', 'text')),
    categories,
    learningOutcomes,
    benchmarks: benchmarks ?? defaultBenchmarks,
    audience,
    ...(term ? { term } : {}),
    parentsAndCarers,
    ...optional('provider', text('provider', 'the provider’s name')),
    ...optional('evidenceLink', text('evidenceLink', 'a web address')),
  };
  return { input, problems, ownCategories: categories.filter((id) => !known.has(id)).map(ownCategory) };
}

function notExpected(c: RawCell, expected: string): string {
  if (c.kind === 'formula') return `The cell holds a formula (${c.formula}): type ${expected} itself, as Waypoint keeps text only.`;
  return `Expected ${expected} but the cell holds ${describeCell(c)}.`;
}

const optional = <K extends string>(name: K, value: string | undefined): Partial<Record<K, string>> =>
  value === undefined ? {} : ({ [name]: value } as Record<K, string>);
