import { type AcademicYear, parseAcademicYear } from '../academic-year';
import type { Fields } from './fields';

/** An optional academic year (`2026/27`); one that does not exist fails with a plain reason. */
export function readAcademicYear(f: Fields, name = 'academicYear'): AcademicYear | undefined {
  const raw = f.raw(name);
  if (raw === undefined || raw === null || raw === '') return undefined;
  const parsed = parseAcademicYear(String(raw));
  if (parsed.ok) return parsed.year;
  f.fail(name, parsed.message);
  return undefined;
}
