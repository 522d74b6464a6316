import { type AcademicYear, academicYearBounds } from '../academic-year';

/**
 * The day a year's deadlines are judged on: today while the year runs (or before it starts), its last day once it
 * is over. An action left open in a year long past was overdue by so many days when that year ended, not by every
 * day since; the year after has its own plan.
 */
export function judgedOn(year: AcademicYear, today: string): string {
  const { end } = academicYearBounds(year);
  return today > end ? end : today;
}
