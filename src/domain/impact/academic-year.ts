/**
 * The little this module needs of an academic year ("2026/27": September 2026 to August 2027). The academic-year
 * module (src/domain/academic-year.ts) is the home of the idea; this is a minimal local stand-in until the two meet,
 * kept to the shape check, ordering and date tests that impact records need.
 */
export type AcademicYear = string;

const SHAPE = /^(\d{4})\/(\d{2})$/;

/** "2026/27": a four-digit start year and the next year's last two digits. "2026/28" does not exist. */
export function isAcademicYear(value: string): boolean {
  const m = SHAPE.exec(value);
  if (!m) return false;
  const start = Number(m[1]);
  return start >= 2000 && (start + 1) % 100 === Number(m[2]);
}

/** The year's start: 2026 for "2026/27". Assumes a valid year. */
export const startOf = (year: AcademicYear): number => Number(year.slice(0, 4));

const yearStarting = (start: number): AcademicYear => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;

/** "2025/26" for "2026/27". */
export const previousYear = (year: AcademicYear): AcademicYear => yearStarting(startOf(year) - 1);

/** The academic year a date (yyyy-mm-dd) falls in: September starts a new one. */
export function academicYearOf(date: string): AcademicYear {
  const y = Number(date.slice(0, 4));
  return yearStarting(Number(date.slice(5, 7)) >= 9 ? y : y - 1);
}

/** Oldest first. */
export const byYear = (a: AcademicYear, b: AcademicYear): number => startOf(a) - startOf(b);
