import type { ImportColumn } from '../domain/import/columns';
import type { ListId } from './lists';

/**
 * The Activities table's columns: exactly the fields an import reads (the template is read back by the same
 * reader). The header text is the contract with filled-in copies of the file.
 */
export type ColumnId = ImportColumn;

export interface TemplateColumn {
  readonly id: ColumnId;
  readonly header: string;
  /** Width in characters. */
  readonly width: number;
  /** The drop-down's list on the Lists sheet. */
  readonly list?: ListId;
  /** Several values separated by semicolons: the drop-down offers one, typing may add more. */
  readonly multi?: boolean;
  /** Shown as the cell's input prompt in Excel. */
  readonly prompt: string;
}

export const templateColumns: readonly TemplateColumn[] = [
  { id: 'stage', header: 'Stage', width: 24, list: 'stages', prompt: 'Which stage of the careers learning journey.' },
  { id: 'yearGroup', header: 'Year group', width: 11, list: 'yearGroups', prompt: 'The year group taking part.' },
  { id: 'title', header: 'Activity', width: 40, prompt: 'What happens, in a few words.' },
  {
    id: 'categories',
    header: 'Category',
    width: 28,
    list: 'categories',
    multi: true,
    prompt: 'Pick one; type more separated by semicolons.',
  },
  {
    id: 'learningOutcomes',
    header: 'Learning outcomes',
    width: 20,
    list: 'learningOutcomes',
    multi: true,
    prompt: 'Outcome codes such as CK1; several separated by semicolons.',
  },
  {
    id: 'benchmarks',
    header: 'Gatsby Benchmarks',
    width: 18,
    list: 'benchmarks',
    multi: true,
    prompt: 'Benchmark numbers 1 to 8; leave blank to use the category’s.',
  },
  { id: 'audience', header: 'Audience', width: 12, list: 'audiences', prompt: 'Universal, or Targeted for a group.' },
  { id: 'targetedGroup', header: 'Targeted group', width: 22, prompt: 'The group, when the audience is targeted.' },
  { id: 'term', header: 'Term', width: 18, list: 'terms', prompt: 'When it takes place.' },
  {
    id: 'parentsAndCarers',
    header: 'Parents and carers',
    width: 18,
    list: 'yesNo',
    prompt: 'Yes if parents and carers take part.',
  },
  { id: 'provider', header: 'Provider (PAL)', width: 24, prompt: 'The provider, for a provider access encounter.' },
  { id: 'evidenceLink', header: 'Evidence link', width: 30, prompt: 'A web address for the evidence.' },
  { id: 'key', header: 'Key', width: 14, prompt: 'Set by Waypoint: links the row to the team’s site.' },
];

export const columnIndexOf = (id: ColumnId): number => templateColumns.findIndex((c) => c.id === id);

export const templateHeaders: readonly string[] = templateColumns.map((c) => c.header);

/** Columns holding text a person types: formatted as text so "=…" or "+…" stays text. */
export const textColumnIds: readonly ColumnId[] = ['title', 'targetedGroup', 'provider', 'evidenceLink', 'key'];
