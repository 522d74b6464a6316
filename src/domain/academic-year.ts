import type { ActionPeriod } from './catalogue/types';
import { actionPeriodEnd } from './plan/periods';
import { isIsoDate } from './validation/dates';

/**
 * The academic year a careers programme runs by: 1 September to 31 August, written `2026/27`
 * (the start year in full, the end year's last two digits), as schools and the DfE write it.
 * Everything here works on ISO date text (yyyy-mm-dd), never on Date objects' local time, so
 * a date never slips into the neighbouring year across a time-zone boundary.
 */
export type AcademicYear = `${number}/${number}`;

/** The six half terms of seed 001's action plan, in order; every academic year has them. */
export const actionPeriods: readonly ActionPeriod[] = ['Autumn 1', 'Autumn 2', 'Spring 1', 'Spring 2', 'Summer 1', 'Summer 2'];

const PATTERN = /^(\d{4})\/(\d{2})$/;
/** Far enough either side for any real school record, near enough to catch a typo (2062/63). */
const EARLIEST = 1990;
const LATEST = 2099;

export type ParsedAcademicYear = { readonly ok: true; readonly year: AcademicYear } | { readonly ok: false; readonly message: string };

/** Reads `2026/27` (also `2026-27`, `2026/2027`, with spaces trimmed); anything else gets a plain reason. */
export function parseAcademicYear(text: string): ParsedAcademicYear {
  const m = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text.trim());
  const expected = 'Write an academic year like 2026/27 (September 2026 to August 2027).';
  if (!m) return { ok: false, message: `"${text}" is not an academic year. ${expected}` };
  const start = Number(m[1]);
  const end = Number(m[2]);
  const endMatches = m[2]!.length === 4 ? end === start + 1 : end === (start + 1) % 100;
  if (!endMatches) {
    return { ok: false, message: `${text.trim()} is not an academic year: one that starts in ${start} ends in ${start + 1} (${academicYearStarting(start)}).` };
  }
  if (start < EARLIEST || start > LATEST) {
    return { ok: false, message: `${text.trim()} is outside the years Waypoint records (${EARLIEST}/${String(EARLIEST + 1).slice(2)} to ${LATEST}/${String(LATEST + 1).slice(2)}).` };
  }
  return { ok: true, year: academicYearStarting(start) };
}

/** Whether `value` is an academic year written exactly as Waypoint stores it (`2026/27`). */
export function isAcademicYear(value: unknown): value is AcademicYear {
  if (typeof value !== 'string' || !PATTERN.test(value)) return false;
  const parsed = parseAcademicYear(value);
  return parsed.ok && parsed.year === value;
}

/** The year starting in September of `startYear`. */
export function academicYearStarting(startYear: number): AcademicYear {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}` as AcademicYear;
}

/** The calendar year whose September begins `year`. */
export function startYearOf(year: AcademicYear): number {
  return Number(year.slice(0, 4));
}

/** The academic year a date (yyyy-mm-dd) falls in: September to December belong to the year starting then. */
export function academicYearOf(date: string): AcademicYear {
  if (!isIsoDate(date.slice(0, 10))) throw new RangeError(`Not a date (yyyy-mm-dd): ${date}`);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return academicYearStarting(month >= 9 ? year : year - 1);
}

/** Today as yyyy-mm-dd in the user's own time zone (not UTC's: 00:30 on 1 September is September). */
export function localIsoDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The academic year a person is in today (`today` yyyy-mm-dd, see `localIsoDate`). */
export const currentAcademicYear = (today: string): AcademicYear => academicYearOf(today);

export const nextAcademicYear = (year: AcademicYear): AcademicYear => academicYearStarting(startYearOf(year) + 1);
export const previousAcademicYear = (year: AcademicYear): AcademicYear => academicYearStarting(startYearOf(year) - 1);

/** Earlier years first. */
export const compareAcademicYears = (a: AcademicYear, b: AcademicYear): number => startYearOf(a) - startYearOf(b);

/** First and last day (yyyy-mm-dd), inclusive. */
export function academicYearBounds(year: AcademicYear): { readonly start: string; readonly end: string } {
  const start = startYearOf(year);
  return { start: `${start}-09-01`, end: `${start + 1}-08-31` };
}

export const isInAcademicYear = (date: string, year: AcademicYear): boolean => isIsoDate(date.slice(0, 10)) && academicYearOf(date) === year;

/** "September 2026 to August 2027", for a heading or a screen reader. */
export function describeAcademicYear(year: AcademicYear): string {
  const start = startYearOf(year);
  return `September ${start} to August ${start + 1}`;
}

/** The year's six half terms with the day each has certainly ended (see `actionPeriodEnd`). */
export function actionPeriodsOf(year: AcademicYear): readonly { readonly period: ActionPeriod; readonly ends: string }[] {
  return actionPeriods.map((period) => ({ period, ends: actionPeriodEnd(period, startYearOf(year)) }));
}

/** Every academic year from `from` to `to` inclusive, earliest first (empty if `to` is earlier). */
export function academicYearsBetween(from: AcademicYear, to: AcademicYear): AcademicYear[] {
  const out: AcademicYear[] = [];
  for (let y = startYearOf(from); y <= startYearOf(to); y++) out.push(academicYearStarting(y));
  return out;
}
