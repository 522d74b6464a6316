import { schoolYearGroups } from '../catalogue/provision';
import type { BenchmarkNumber, StageId, YearGroup } from '../catalogue/types';
import type { Term } from '../catalogue/provision';
import type { ValidationContext } from '../validation/context';
import { cellLines, cellText, type ImportCell } from './cells';
import { readCategories } from './categories';
import type { ImportColumn } from './columns';
import { readLearningOutcomes } from './outcomes';
import { blank, read, type Reading } from './reading';
import { readAudience, readBenchmarks, readStage, readTerm, readYesNo } from './values';
import { readYearGroup } from './year-groups';

/** What each column reads as. */
export interface ColumnValues {
  readonly stage: StageId;
  readonly yearGroup: YearGroup;
  readonly title: string;
  readonly categories: readonly string[];
  readonly learningOutcomes: readonly string[];
  readonly benchmarks: readonly BenchmarkNumber[];
  readonly audience: 'universal' | 'targeted';
  readonly targetedGroup: string;
  readonly term: Term;
  readonly parentsAndCarers: boolean;
  readonly provider: string;
  readonly evidenceLink: string;
  readonly key: string;
}

export type ReaderContext = Pick<ValidationContext, 'yearGroups' | 'categories' | 'ownOutcomes'>;

const schoolContext: ReaderContext = { yearGroups: schoolYearGroups };

/**
 * The one reader of a cell in the school's words, used by the import and by the Excel pane's check of a typed cell:
 * `readCell('yearGroup', 'Yr 9')` reads Year 9. Text that begins with =, +, - or @ is read as text, never run.
 */
export function readCell<C extends ImportColumn>(column: C, cell: ImportCell, context: ReaderContext = schoolContext): Reading<ColumnValues[C]> {
  // List cells keep their line breaks: one value a line is how many maps are typed.
  const typed = column === 'categories' || column === 'learningOutcomes' ? cellLines(cell) : cellText(cell);
  if (!typed) return blank;
  return readers[column](typed, context) as Reading<ColumnValues[C]>;
}

/** Reads cells for one import: a map repeats its stages, years, categories and outcomes, so each is read once. */
export type CellReader = <C extends ImportColumn>(column: C, cell: ImportCell) => Reading<ColumnValues[C]>;

const freeText: ReadonlySet<ImportColumn> = new Set(['title', 'targetedGroup', 'provider', 'evidenceLink', 'key']);

export function cachedCellReader(context: ReaderContext): CellReader {
  const cache = new Map<string, Reading<unknown>>();
  return <C extends ImportColumn>(column: C, cell: ImportCell): Reading<ColumnValues[C]> => {
    if (freeText.has(column) || cell === null || cell === undefined) return readCell(column, cell, context);
    const key = `${column}\u0000${typeof cell}\u0000${String(cell)}`;
    let reading = cache.get(key);
    if (!reading) cache.set(key, (reading = readCell(column, cell, context)));
    return reading as Reading<ColumnValues[C]>;
  };
}

const text = (typed: string): Reading<string> => read(typed, typed, typed);

const readers: { readonly [C in ImportColumn]: (typed: string, context: ReaderContext) => Reading<ColumnValues[C]> } = {
  stage: (typed) => readStage(typed),
  yearGroup: (typed, ctx) => readYearGroup(typed, ctx.yearGroups.length > 0 ? ctx.yearGroups : schoolYearGroups),
  title: text,
  categories: (typed, ctx) => readCategories(typed, ctx.categories),
  learningOutcomes: (typed, ctx) => readLearningOutcomes(typed, ctx.ownOutcomes),
  benchmarks: (typed) => readBenchmarks(typed),
  audience: (typed) => readAudience(typed),
  targetedGroup: text,
  term: (typed) => readTerm(typed),
  parentsAndCarers: (typed) => readYesNo(typed),
  provider: text,
  evidenceLink: text,
  key: text,
};
