import type { ColumnSpec, ListKey, ListSpec } from './column-types';

/** Keeps each list's column names as a literal union, so mappers can only name real columns. */
export function defineList<N extends string>(spec: {
  key: ListKey;
  displayName: string;
  description: string;
  why: string;
  columns: readonly ColumnSpec<N>[];
}): ListSpec<N> {
  return spec;
}

/**
 * Every value of a string union, checked at compile time: a choice column's choices cannot
 * silently fall behind the domain type they store.
 */
export const allOf =
  <T extends string>() =>
  <const A extends readonly T[]>(values: A & ([T] extends [A[number]] ? unknown : 'a value of the union is missing')): A =>
    values;
