import { absoluteRef } from './a1';
import type { TemplateCatalogue } from './catalogue';
import type { CellValue } from './plan';
import { sheetNames } from './sheets';

export type ListId =
  | 'stages'
  | 'yearGroups'
  | 'categories'
  | 'learningOutcomes'
  | 'benchmarks'
  | 'audiences'
  | 'terms'
  | 'yesNo';

export interface NamedList {
  readonly id: ListId;
  readonly heading: string;
  readonly values: readonly CellValue[];
}

export const audienceNames = { universal: 'Universal', targeted: 'Targeted' } as const;
export const yesNoNames = { yes: 'Yes', no: 'No' } as const;

/**
 * Numeric year groups are numbers on the Lists sheet: a typed 9 is a number, and Excel compares it with the
 * list as a number, so a list of text "9" would refuse it.
 */
const asCell = (value: string): CellValue => (/^\d+$/.test(value) ? Number(value) : value);

/** The Lists sheet, one column per list, in this order. */
export function templateLists(catalogue: TemplateCatalogue): readonly NamedList[] {
  return [
    { id: 'stages', heading: 'Stage', values: catalogue.stages.map((s) => s.name) },
    { id: 'yearGroups', heading: 'Year group', values: catalogue.yearGroups.map(asCell) },
    { id: 'categories', heading: 'Category', values: catalogue.categories.map((c) => c.name) },
    { id: 'learningOutcomes', heading: 'Learning outcome', values: catalogue.outcomes.map((o) => o.id) },
    { id: 'benchmarks', heading: 'Gatsby Benchmark', values: [1, 2, 3, 4, 5, 6, 7, 8] },
    { id: 'audiences', heading: 'Audience', values: [audienceNames.universal, audienceNames.targeted] },
    { id: 'terms', heading: 'Term', values: [...catalogue.terms] },
    { id: 'yesNo', heading: 'Parents and carers', values: [yesNoNames.yes, yesNoNames.no] },
  ];
}

/** The drop-down source for a list: its cells on the Lists sheet, below the heading in row 1. */
export function listSource(id: ListId, catalogue: TemplateCatalogue): string {
  const lists = templateLists(catalogue);
  const column = lists.findIndex((l) => l.id === id);
  return `=${absoluteRef(sheetNames.lists, 1, column, Math.max(lists[column]!.values.length, 1))}`;
}
