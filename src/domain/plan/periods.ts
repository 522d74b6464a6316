import type { ActionPeriod } from '../catalogue/types';

/**
 * When each action period (half term) has certainly ended, for an academic year starting in September of
 * `startYear`. Half-term dates differ between local authorities and trusts, and Easter moves the end of Spring 2, so
 * we take the last day of the latest month each half term can end in: an action is never called overdue while its
 * half term may still be running somewhere.
 *   Autumn 1 → 31 October, Autumn 2 → 31 December (start year);
 *   Spring 1 → last day of February, Spring 2 → 30 April, Summer 1 → 31 May, Summer 2 → 31 July (following year).
 */
const ends: Readonly<Record<ActionPeriod, { readonly month: number; readonly nextYear: boolean }>> = {
  'Autumn 1': { month: 10, nextYear: false },
  'Autumn 2': { month: 12, nextYear: false },
  'Spring 1': { month: 2, nextYear: true },
  'Spring 2': { month: 4, nextYear: true },
  'Summer 1': { month: 5, nextYear: true },
  'Summer 2': { month: 7, nextYear: true },
};

export function actionPeriodEnd(period: ActionPeriod, startYear: number): string {
  const { month, nextYear } = ends[period];
  const year = nextYear ? startYear + 1 : startYear;
  // Day 0 of the next month is the last day of this one (leap years included).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
