import type { YearGroup } from '../catalogue/types';
import { loose, squash } from './cells';

/**
 * How one cell was read. `explanation` is what the preview shows when the school's words differ from Waypoint's
 * ("Yr 9 → Year 9"); a problem's message says what to type instead (the caller adds the row and the column).
 */
export type Reading<T> =
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'read';
      readonly value: T;
      /** The value in Waypoint's words. */
      readonly shown: string;
      readonly explanation?: string;
      /** Categories only: the school's own categories, offered as new ones. */
      readonly newCategories?: readonly string[];
    }
  /** Year group only: several years in one cell, one activity each once the person agrees. */
  | { readonly kind: 'range'; readonly values: readonly YearGroup[]; readonly shown: string; readonly explanation: string }
  | { readonly kind: 'problem'; readonly message: string };

/** A long statement is recognised by its opening words in the preview. */
const short = (text: string): string => (text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text);

export const blank = { kind: 'blank' } as const;

export const problem = (message: string): Reading<never> => ({ kind: 'problem', message });

/** A reading, explained only when the words typed are not already Waypoint's. */
export function read<T>(typed: string, value: T, shown: string, extra: { newCategories?: readonly string[] } = {}): Reading<T> {
  return {
    kind: 'read',
    value,
    shown,
    // Free text is read as typed: no need to compare it loosely with itself (a map has thousands of titles).
    ...(typed !== shown && loose(typed) !== loose(shown) ? { explanation: `${short(squash(typed))} → ${shown}` } : {}),
    ...(extra.newCategories && extra.newCategories.length > 0 ? { newCategories: extra.newCategories } : {}),
  };
}
