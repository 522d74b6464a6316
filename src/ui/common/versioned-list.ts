import type { Versioned } from '../../shared/versioned';

/** Puts a saved item in place of the one with the same id, or at the end when it is new. */
export function upsert<T extends { readonly id: string }>(list: readonly Versioned<T>[], saved: Versioned<T>): Versioned<T>[] {
  const at = list.findIndex((v) => v.value.id === saved.value.id);
  return at === -1 ? [...list, saved] : list.map((v, i) => (i === at ? saved : v));
}

export function without<T extends { readonly id: string }>(list: readonly Versioned<T>[], id: string): Versioned<T>[] {
  return list.filter((v) => v.value.id !== id);
}

/** Applies the stored version someone else saved (or their deletion of the item with `id`). */
export function takeTheirs<T extends { readonly id: string }>(
  list: readonly Versioned<T>[],
  id: string,
  theirs: Versioned<T> | null,
): Versioned<T>[] {
  return theirs ? upsert(list, theirs) : without(list, id);
}

/** Where a new item goes: after everything in the list (SortOrder is its index). */
export const nextSortOrder = (list: readonly unknown[]): number => list.length;

/** The index a saved item keeps (its place in the list). */
export function sortOrderOf<T extends { readonly id: string }>(list: readonly Versioned<T>[], id: string): number {
  const at = list.findIndex((v) => v.value.id === id);
  return at === -1 ? list.length : at;
}
