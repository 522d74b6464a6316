import { type AcademicYear, academicYearOf } from '../academic-year';
import type { Review } from '../review/types';
import { isIsoDate } from '../validation/dates';

/** The academic year a review falls in (reviews keep their date; the year is read from it). */
export function reviewAcademicYear(review: Pick<Review, 'date'>): AcademicYear | undefined {
  return isIsoDate(review.date) ? academicYearOf(review.date) : undefined;
}

/** The latest review held in `year`, if any. */
export function latestReviewIn<R extends Pick<Review, 'date'>>(reviews: readonly R[], year: AcademicYear): R | undefined {
  return [...reviews].filter((r) => reviewAcademicYear(r) === year).sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}
