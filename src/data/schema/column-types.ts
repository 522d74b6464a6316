import { MULTI_LINE_MAX, SINGLE_LINE_MAX } from '../../domain/validation/limits';

/**
 * How the app describes a SharePoint column (provisioning turns it into a Graph columnDefinition: ./column-definition.ts).
 * Every column says why it exists (shown in SharePoint's list settings as its description, and
 * in the README's table) and whether the app filters on it (then it must be indexed: SharePoint
 * refuses filters on unindexed columns past 5,000 items).
 */
export type ColumnKind =
  | { readonly kind: 'text'; readonly maxLength: number }
  /** Multiple lines of plain text. SharePoint sets no practical limit; the app enforces `maxLength`. */
  | { readonly kind: 'note'; readonly maxLength: number }
  | { readonly kind: 'number'; readonly minimum?: number; readonly maximum?: number; readonly integer?: boolean }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'choice'; readonly choices: readonly string[] }
  /**
   * Several values from suggested choices, people's own values allowed: SharePoint's multi-select choice column
   * ("Checkboxes (allow multiple selections)" with fill-in choices), which its views and Power BI can filter.
   * Graph returns the values as a JSON array; a write sends the array with `Column@odata.type:
   * Collection(Edm.String)` (see `multiChoiceFields`, and docs/decisions.md).
   */
  | { readonly kind: 'multiChoice'; readonly choices: readonly string[] };

export interface ColumnSpec<N extends string = string> {
  /** Internal name, PascalCase: the key inside a list item's `fields`. */
  readonly name: N;
  readonly displayName: string;
  readonly type: ColumnKind;
  /** Why the column exists. */
  readonly why: string;
  /** True for every column the app filters on. */
  readonly indexed?: boolean;
  readonly unique?: boolean;
}

export interface ListSpec<N extends string = string> {
  /** Stable id used in code and in the Settings list's schema record. */
  readonly key: ListKey;
  /** The list's name on the site: how provisioning finds it again. */
  readonly displayName: string;
  readonly description: string;
  /** What the list holds, one line, for the README. */
  readonly why: string;
  readonly columns: readonly ColumnSpec<N>[];
}

export type ListKey =
  | 'settings'
  | 'reviews'
  | 'reflections'
  | 'bestFits'
  | 'activities'
  | 'stageOutcomes'
  | 'planPriorities'
  | 'planActions'
  | 'statutory'
  | 'destinations'
  | 'learnerPerception'
  | 'stakeholderVoice'
  | 'neetRisk';

/** Column names a list declares, plus the Title every generic list has. */
export type ColumnName<L extends ListSpec> = L['columns'][number]['name'] | 'Title';

/** The client-generated key every Waypoint item carries: indexed and unique (see list-items.ts). */
export const keyColumn = (why: string): ColumnSpec<'WaypointKey'> => ({
  name: 'WaypointKey',
  displayName: 'Waypoint key',
  type: { kind: 'text', maxLength: SINGLE_LINE_MAX },
  why,
  indexed: true,
  unique: true,
});

export const text = <N extends string>(name: N, displayName: string, why: string, maxLength = SINGLE_LINE_MAX): ColumnSpec<N> => ({
  name,
  displayName,
  type: { kind: 'text', maxLength },
  why,
});

export const note = <N extends string>(name: N, displayName: string, why: string, maxLength = MULTI_LINE_MAX): ColumnSpec<N> => ({
  name,
  displayName,
  type: { kind: 'note', maxLength },
  why,
});

export const choice = <N extends string>(name: N, displayName: string, choices: readonly string[], why: string): ColumnSpec<N> => ({
  name,
  displayName,
  type: { kind: 'choice', choices },
  why,
});

export const multiChoice = <N extends string>(name: N, displayName: string, choices: readonly string[], why: string): ColumnSpec<N> => ({
  name,
  displayName,
  type: { kind: 'multiChoice', choices },
  why,
});

/** The academic year (`2026/27`) of an item in a per-year list: indexed, because every load filters on it. */
export const academicYearColumn = (): ColumnSpec<'AcademicYear'> => ({
  name: 'AcademicYear',
  displayName: 'Academic year',
  type: { kind: 'text', maxLength: 7 },
  why: "The academic year (e.g. 2026/27, September to August) the item belongs to. Indexed: Waypoint loads one year at a time with a filter on it, so a list holding many years' items stays under SharePoint's list view threshold.",
  indexed: true,
});

export const bool = <N extends string>(name: N, displayName: string, why: string): ColumnSpec<N> => ({
  name,
  displayName,
  type: { kind: 'boolean' },
  why,
});

export const integer = <N extends string>(name: N, displayName: string, why: string, minimum?: number, maximum?: number): ColumnSpec<N> => ({
  name,
  displayName,
  type: { kind: 'number', integer: true, ...(minimum !== undefined ? { minimum } : {}), ...(maximum !== undefined ? { maximum } : {}) },
  why,
});

export const indexed = <N extends string>(spec: ColumnSpec<N>): ColumnSpec<N> => ({ ...spec, indexed: true });

export function maxLengthOf(spec: ColumnSpec): number | undefined {
  return spec.type.kind === 'text' || spec.type.kind === 'note' ? spec.type.maxLength : undefined;
}
