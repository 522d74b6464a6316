import type { TemplateCatalogue } from './catalogue';
import type { ColumnId } from './columns';
import { audienceNames, yesNoNames } from './lists';
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

const loose = (text: string): string => text.replace(/&/g, 'and').replace(/\s+/g, ' ').trim().toLowerCase();

/** Reads one row's cells; `cell(id)` gives the cell under that header. Problems name the column; values are ids. */
export function parseRowCells(
  cell: (id: ColumnId) => RawCell,
  catalogue: TemplateCatalogue,
  key: string,
): { readonly input: ActivityInput; readonly problems: readonly CellProblem[] } {
  const problems: CellProblem[] = [];
  const fail = (column: ColumnId, message: string): undefined => {
    problems.push({ column, message });
    return undefined;
  };

  /** Text (numbers read as their digits); anything else is named in the message. */
  const text = (column: ColumnId, expected: string): string | undefined => {
    const c = cell(column);
    if (isBlank(c)) return undefined;
    if (c.kind === 'text') return c.text.trim();
    if (c.kind === 'number') return String(c.value);
    return fail(column, notExpected(c, expected));
  };

  const parts = (column: ColumnId, expected: string): string[] => {
    const c = cell(column);
    if (c.kind === 'number') return [String(c.value)];
    return (text(column, expected) ?? '').split(/[;,\n]/).map((p) => p.trim()).filter(Boolean);
  };

  const stageText = text('stage', 'a stage');
  const stage = stageText === undefined ? undefined : catalogue.stages.find((s) => loose(s.name) === loose(stageText) || s.id === stageText);
  if (stageText !== undefined && !stage) {
    fail('stage', `“${stageText}” is not a stage: use ${list(catalogue.stages.map((s) => s.name))}.`);
  }

  const yearText = text('yearGroup', 'a year group');
  const yearGroup = yearText === undefined ? undefined : catalogue.yearGroups.find((y) => loose(y) === loose(yearText.replace(/^(year|yr|y)\s*/i, '')) || loose(y) === loose(yearText));
  if (yearText !== undefined && yearGroup === undefined) {
    fail('yearGroup', `“${yearText}” is not a year group on this map: use ${list(catalogue.yearGroups)}.`);
  }

  const categories = parts('categories', 'a category').flatMap((name) => {
    const found = catalogue.categories.find((c) => loose(c.name) === loose(name) || c.id === name);
    if (found) return [found.id];
    fail('categories', `“${name}” is not a category: use ${list(catalogue.categories.map((c) => c.name))}.`);
    return [];
  });

  const learningOutcomes = parts('learningOutcomes', 'learning outcome codes').flatMap((part) => {
    const code = part.split(/\s/)[0]!.toUpperCase();
    const found = catalogue.outcomes.find((o) => o.id.toUpperCase() === code);
    if (found) return [found.id];
    fail('learningOutcomes', `“${part}” is not a learning outcome code: use codes such as SA1, CK4 or RW2 from the Learning outcomes sheet.`);
    return [];
  });

  const benchmarkParts = parts('benchmarks', 'Gatsby Benchmark numbers');
  const benchmarks = benchmarkParts.flatMap((part) => {
    const n = Number(part.replace(/^(gb|benchmark)\s*/i, ''));
    if (Number.isInteger(n) && n >= 1 && n <= 8) return [n];
    fail('benchmarks', `“${part}” is not a Gatsby Benchmark: use numbers 1 to 8.`);
    return [];
  });
  // A blank benchmarks cell takes the benchmarks of the activity's categories, as the column's prompt says.
  const defaultBenchmarks = [...new Set(categories.flatMap((id) => catalogue.categories.find((c) => c.id === id)?.benchmarks ?? []))].sort((a, b) => a - b);

  const audienceText = text('audience', 'Universal or Targeted');
  const group = text('targetedGroup', 'the name of a group');
  let audience: ActivityInput['audience'] = { kind: 'universal' };
  if (audienceText !== undefined && loose(audienceText) === loose(audienceNames.targeted)) {
    audience = { kind: 'targeted', ...(group !== undefined ? { group } : {}) };
  } else if (audienceText !== undefined && loose(audienceText) !== loose(audienceNames.universal)) {
    fail('audience', `“${audienceText}” is not an audience: use ${audienceNames.universal} or ${audienceNames.targeted}.`);
  } else if (group !== undefined) {
    // A group with no audience chosen means the activity is for that group.
    if (audienceText === undefined) audience = { kind: 'targeted', group };
    else fail('targetedGroup', `A universal activity has no targeted group: choose ${audienceNames.targeted} or clear the group.`);
  }

  const termText = text('term', 'a term');
  const term = termText === undefined ? undefined : catalogue.terms.find((t) => loose(t) === loose(termText));
  if (termText !== undefined && !term) fail('term', `“${termText}” is not a term: use ${list(catalogue.terms)}.`);

  const parentsAndCarers = yesNo(cell('parentsAndCarers'), (m) => fail('parentsAndCarers', m));

  const input: ActivityInput = {
    id: key,
    ...(stage ? { stage: stage.id } : {}),
    ...(yearGroup !== undefined ? { yearGroup } : {}),
    ...optional('title', text('title', 'text')),
    categories,
    learningOutcomes,
    benchmarks: benchmarkParts.length > 0 ? benchmarks : defaultBenchmarks,
    audience,
    ...(term ? { term } : {}),
    parentsAndCarers,
    ...optional('provider', text('provider', 'the provider’s name')),
    ...optional('evidenceLink', text('evidenceLink', 'a web address')),
  };
  return { input, problems };
}

function yesNo(c: RawCell, fail: (message: string) => void): boolean {
  if (isBlank(c)) return false;
  if (c.kind === 'boolean') return c.value;
  const t = c.kind === 'text' ? loose(c.text) : '';
  if (t === 'yes' || t === 'y') return true;
  if (t === 'no' || t === 'n') return false;
  fail(c.kind === 'text' ? `“${c.text.trim()}” is not yes or no: use ${yesNoNames.yes} or ${yesNoNames.no}.` : notExpected(c, `${yesNoNames.yes} or ${yesNoNames.no}`));
  return false;
}

function notExpected(c: RawCell, expected: string): string {
  if (c.kind === 'formula') return `The cell holds a formula (${c.formula}): type ${expected} itself, as Waypoint keeps text only.`;
  return `Expected ${expected} but the cell holds ${describeCell(c)}.`;
}

const optional = <K extends string>(name: K, value: string | undefined): Partial<Record<K, string>> =>
  value === undefined ? {} : ({ [name]: value } as Record<K, string>);

const list = (values: readonly string[]): string =>
  values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
