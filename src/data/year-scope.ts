import { type AcademicYear, currentAcademicYear, localIsoDate } from '../domain/academic-year';
import { fieldEquals } from '../graph/odata';
import type { CallOptions } from './data-context';

/** Per-call options of a per-year repository: which academic year (default: the one we are in today). */
export interface YearOptions extends CallOptions {
  readonly year?: AcademicYear;
}

/** The year a call works on: the one asked for, or today's (in the user's own time zone). */
export const yearOf = (options: YearOptions, now: () => Date = () => new Date()): AcademicYear =>
  options.year ?? currentAcademicYear(localIsoDate(now()));

/** `fields/AcademicYear eq '2026/27'`: the indexed filter every per-year load uses, so no other year is read. */
export const inYear = (year: AcademicYear): string => fieldEquals('AcademicYear', year);

export function callOptions(options: YearOptions): CallOptions {
  return options.signal ? { signal: options.signal } : {};
}
