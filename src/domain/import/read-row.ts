import type { AcademicYear } from '../academic-year';
import { activityCategories } from '../catalogue/provision';
import type { BenchmarkNumber, YearGroup } from '../catalogue/types';
import type { Activity } from '../provision-map/types';
import { validateActivity } from '../validation/activity';
import { ownCategory } from './categories';
import { cellText, isBlankCell, orList, quoted } from './cells';
import { type HeaderRow, type ImportColumn, importColumns } from './columns';
import { importedActivityId, sameActivityKey } from './keys';
import type { CellReader, ColumnValues, ReaderContext } from './read-cell';
import type { Reading } from './reading';
import { stages } from '../catalogue/provision';
import type { CellExplanation, SourceRow } from './types';

/** A row read on its own, before decisions and duplicates are weighed. */
export interface RowDraft {
  readonly row: number;
  readonly blank: boolean;
  /** Problems that refuse the row, each naming the row and the column. */
  readonly messages: readonly string[];
  readonly readings: readonly CellExplanation[];
  /** One activity per year group (several when the year group is a range). */
  readonly activities: readonly Activity[];
  /** Each activity's sameActivityKey, worked out once for its id and its duplicate check. */
  readonly keys: readonly string[];
  /** The year-group cell as typed and read, when it names several years. */
  readonly range?: { readonly typed: string; readonly shown: string };
  readonly newCategories: readonly string[];
  readonly formulaLike: readonly ImportColumn[];
  /** "Row 7, Year group (“Yr”)": how messages name a cell. */
  readonly where: (column: ImportColumn) => string;
}

/**
 * Reads the rows under one header row. What depends only on the header (each column's name in messages, the cells
 * that decide a row is blank, the categories to validate against) is worked out once, not once a row: a 5,000-row
 * map is read in a blink.
 */
export function rowReader(
  header: HeaderRow,
  context: ReaderContext,
  readCell: CellReader,
  /** The year the rows go into, when one was chosen: it is part of each activity's id. */
  academicYear?: AcademicYear,
): (source: SourceRow) => RowDraft {
  const headerOf = new Map<ImportColumn, string>();
  const label = new Map<ImportColumn, string>();
  for (const c of Object.keys(importColumns) as ImportColumn[]) {
    const name = importColumns[c].label;
    const typed = header.headers.find((h) => h.position === header.columns[c])?.header ?? name;
    headerOf.set(c, typed);
    label.set(c, typed.toLowerCase() === name.toLowerCase() ? name : `${name} (“${typed}”)`);
  }
  const known = Object.values(header.columns) as number[];
  // Readings in the file's column order, however they were read.
  const position = (c: ImportColumn): number => header.columns[c] ?? 0;
  const byPosition = (a: CellExplanation, b: CellExplanation): number => position(a.column) - position(b.column);
  const catalogueCategories = context.categories ?? activityCategories;
  const validation = { ...context, categories: catalogueCategories };

  return (source) => {
    const where = (c: ImportColumn): string => `Row ${source.row}, ${label.get(c)!}`;
    const messages: string[] = [];
    const readings: CellExplanation[] = [];
    const cellOf = (c: ImportColumn) => (header.columns[c] === undefined ? null : source.cells[header.columns[c]!]);
    const get = <C extends ImportColumn>(c: C): Reading<ColumnValues[C]> => {
      const reading = readCell(c, cellOf(c));
      if (reading.kind === 'problem') messages.push(`${where(c)}: ${reading.message}`);
      if ((reading.kind === 'read' || reading.kind === 'range') && reading.explanation) {
        readings.push({ column: c, header: headerOf.get(c)!, explanation: reading.explanation });
      }
      return reading;
    };
    const done = (draft: RowDraft): RowDraft => {
      readings.sort(byPosition);
      return draft;
    };
    const empty = { row: source.row, messages, readings, activities: [], keys: [], newCategories: [], formulaLike: [], where };
    if (known.every((p) => isBlankCell(source.cells[p]))) return done({ ...empty, blank: true });

    const title = get('title');
    const stage = get('stage');
    const year = get('yearGroup');
    const categories = get('categories');
    const outcomes = get('learningOutcomes');
    const benchmarks = get('benchmarks');
    const audience = get('audience');
    const group = get('targetedGroup');
    const term = get('term');
    const parents = get('parentsAndCarers');
    const provider = get('provider');
    const evidence = get('evidenceLink');
    const key = get('key');

    if (title.kind === 'blank') messages.push(`${where('title')}: there is no activity here — type what happens, or delete the row.`);
    if (stage.kind === 'blank') messages.push(`${where('stage')}: the stage is blank — type ${orList(stages.map((s) => s.name))}.`);
    if (year.kind === 'blank') messages.push(`${where('yearGroup')}: the year group is blank — type one, such as Year 9.`);
    if (categories.kind === 'blank' && header.columns.categories !== undefined) {
      readings.push({ column: 'categories', header: headerOf.get('categories')!, explanation: 'no category given → Other' });
    }

    const categoryIds = value(categories) ?? ['other'];
    const newCategories = categories.kind === 'read' ? (categories.newCategories ?? []) : [];
    const years: readonly YearGroup[] = year.kind === 'range' ? year.values : year.kind === 'read' ? [year.value] : [];
    const audienceKind = value(audience) ?? (group.kind === 'read' ? 'targeted' : 'universal');
    const base = {
      stage: value(stage),
      title: value(title),
      categories: categoryIds,
      learningOutcomes: value(outcomes) ?? [],
      benchmarks: value(benchmarks) ?? benchmarksOf(categoryIds),
      audience: audienceKind === 'targeted' ? { kind: 'targeted', group: value(group) } : { kind: 'universal' },
      ...(term.kind === 'read' ? { term: term.value } : {}),
      parentsAndCarers: value(parents) ?? false,
      ...(provider.kind === 'read' ? { provider: provider.value } : {}),
      ...(evidence.kind === 'read' ? { evidenceLink: evidence.value } : {}),
    };
    if (audienceKind === 'universal' && group.kind === 'read') {
      messages.push(`${where('targetedGroup')}: a universal activity has no targeted group — make the audience Targeted, or clear the group.`);
    }
    if (messages.length > 0 || years.length === 0) return done({ ...empty, blank: false });

    const ownCategories = newCategories.map(ownCategory);
    const against = ownCategories.length === 0 ? validation : { ...validation, categories: [...catalogueCategories, ...ownCategories] };
    const activities: Activity[] = [];
    const keys: string[] = [];
    const formulaLike = new Set<ImportColumn>();
    for (const yearGroup of years) {
      const same = sameActivityKey({ title: base.title!, stage: base.stage!, yearGroup });
      const id = value(key) !== undefined && years.length === 1 ? value(key)! : importedActivityId(same, academicYear);
      const result = validateActivity({ ...base, id, yearGroup }, against);
      if (!result.ok) {
        for (const e of result.errors) messages.push(`${where(columnOfField(e.field))}: ${e.message}`);
        return done({ ...empty, blank: false });
      }
      result.formulaLike.forEach((f) => formulaLike.add(columnOfField(f)));
      activities.push(result.value);
      keys.push(same);
    }
    return done({
      ...empty,
      blank: false,
      activities,
      keys,
      newCategories,
      formulaLike: [...formulaLike],
      ...(year.kind === 'range' ? { range: { typed: cellText(cellOf('yearGroup')), shown: year.shown } } : {}),
    });
  };
}

const value = <T,>(r: Reading<T>): T | undefined => (r.kind === 'read' ? r.value : undefined);

/** A blank benchmarks cell takes the benchmarks of the activity's categories, as the template does. */
function benchmarksOf(categoryIds: readonly string[]): BenchmarkNumber[] {
  const all = categoryIds.flatMap((id) => activityCategories.find((c) => c.id === id)?.benchmarks ?? []);
  return [...new Set(all)].sort((a, b) => a - b);
}

/** The validator's field path ("audience.group", "categories[0]") as the column it came from. */
function columnOfField(field: string): ImportColumn {
  const name = field.replace(/\[\d+\]$/, '');
  if (name === 'audience.group') return 'targetedGroup';
  if (name === 'audience' || name === 'audience.kind') return 'audience';
  if (name === 'id') return 'key';
  return (name in importColumns ? name : 'title') as ImportColumn;
}

export const describeRange = (typed: string, shown: string): string => `${quoted(typed)} names ${shown}`;
