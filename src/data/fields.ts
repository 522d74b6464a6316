import type { Fields, Item } from '../graph/list-items';
import { SINGLE_LINE_MAX } from '../domain/validation/limits';
import type { ColumnName, ListSpec } from './schema';
import { maxLengthOf } from './schema/column-types';

/**
 * Typed access to a list item's `fields` bag, by the column names its list declares (a typo is a
 * compile error). Reading is forgiving, because people can edit these lists in SharePoint too:
 * a wrong type reads as empty rather than crashing a whole load. Writing is strict: a value
 * longer than its column allows is refused before it reaches the service.
 */
export type FieldValue = string | number | boolean | null | readonly string[];
export type FieldsOf<L extends ListSpec> = { readonly [K in ColumnName<L>]?: FieldValue };

export class FieldTooLongError extends Error {
  override readonly name = 'FieldTooLongError';
  constructor(
    readonly column: string,
    readonly maxLength: number,
    readonly length: number,
  ) {
    super(`${column} holds at most ${maxLength} characters (got ${length}).`);
  }
}

/**
 * Checks lengths against the list's column definitions and returns a plain fields bag. A
 * multi-choice value goes out as an array annotated `Column@odata.type: Collection(Edm.String)`
 * (a bare array or string is refused by SharePoint); an empty one as null, which clears it.
 */
export function writeFields<L extends ListSpec>(list: L, values: FieldsOf<L>): Fields {
  const limits = new Map<string, number | undefined>(list.columns.map((c) => [c.name, maxLengthOf(c)]));
  limits.set('Title', SINGLE_LINE_MAX);
  const multi = new Set(list.columns.filter((c) => c.type.kind === 'multiChoice').map((c) => c.name));
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const max = limits.get(name);
    if (typeof value === 'string' && max !== undefined && value.length > max) throw new FieldTooLongError(name, max, value.length);
    if (!multi.has(name)) out[name] = value;
    else if (Array.isArray(value) && value.length > 0) Object.assign(out, multiChoiceFields(name, value as readonly string[]));
    else out[name] = null;
  }
  return out;
}

/** The fields that set a multi-choice column to `values`. */
export function multiChoiceFields(name: string, values: readonly string[]): Fields {
  return { [`${name}@odata.type`]: 'Collection(Edm.String)', [name]: [...values] };
}

/** A column's internal name, checked against the list's definition at compile time. */
export const column = <L extends ListSpec>(_list: L, name: ColumnName<L>): string => name;

/** Every column of the list (and Title), for `$expand=fields($select=…)`. */
export function selectOf(list: ListSpec): string[] {
  return ['Title', ...list.columns.map((c) => c.name)];
}

export interface FieldReader<N extends string> {
  /** The string, or '' when empty or not a string. */
  text(name: N): string;
  /** The string, or undefined when empty. */
  optionalText(name: N): string | undefined;
  number(name: N): number | undefined;
  boolean(name: N): boolean;
  /** One of `values`, or undefined. */
  oneOf<T extends string>(name: N, values: readonly T[]): T | undefined;
  /** A multi-choice column's values (Graph returns an array); [] when empty. */
  choices(name: N): string[];
  /** A JSON array stored in a multi-line column, keeping only elements `keep` accepts. */
  jsonArray<T>(name: N, keep: (value: unknown) => value is T): T[];
}

export function readFields<L extends ListSpec>(_list: L, fields: Fields): FieldReader<ColumnName<L>> {
  const raw = (name: string): unknown => fields[name];
  return {
    text: (name) => (typeof raw(name) === 'string' ? (raw(name) as string) : ''),
    optionalText: (name) => (typeof raw(name) === 'string' && raw(name) !== '' ? (raw(name) as string) : undefined),
    number: (name) => {
      const v = raw(name);
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      return Number.isFinite(n) ? n : undefined;
    },
    boolean: (name) => raw(name) === true || raw(name) === 'true' || raw(name) === 1,
    oneOf: <T extends string>(name: string, values: readonly T[]) => {
      const v = raw(name);
      return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : undefined;
    },
    choices: (name) => {
      const v = raw(name);
      return Array.isArray(v) ? v.filter(isString) : [];
    },
    jsonArray: <T>(name: string, keep: (value: unknown) => value is T) => {
      const v = raw(name);
      if (typeof v !== 'string' || v.trim() === '') return [];
      try {
        const parsed: unknown = JSON.parse(v);
        return Array.isArray(parsed) ? parsed.filter(keep) : [];
      } catch {
        return [];
      }
    },
  };
}

export const isString = (v: unknown): v is string => typeof v === 'string';

/** JSON for a multi-line column; null for an empty array keeps the column visibly empty. */
export const json = (value: readonly unknown[]): string | null => (value.length ? JSON.stringify(value) : null);

/** A derived Title (the full text lives in its own column), cut to the single-line limit. */
export const shortTitle = (text: string): string => (text.length <= SINGLE_LINE_MAX ? text : `${text.slice(0, SINGLE_LINE_MAX - 1)}…`);

/** Items in the order people arranged them: SortOrder, then creation (numeric item id). */
export function bySortOrder(read: (item: Item) => number | undefined): (a: Item, b: Item) => number {
  return (a, b) => (read(a) ?? Number.MAX_SAFE_INTEGER) - (read(b) ?? Number.MAX_SAFE_INTEGER) || Number(a.id) - Number(b.id);
}
