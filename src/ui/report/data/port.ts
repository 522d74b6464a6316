import type { AcademicYear } from '../../../domain/academic-year';
import type { InstitutionData } from '../../../domain/institution-data';

/** What the governors' report reads: everything the site holds for its institution, once. */
export interface ReportData {
  /** Everything of `year` (reviews are every year's). Null when the site has no institution set up yet. */
  load(year: AcademicYear): Promise<InstitutionData | null>;
  /** The academic years that hold a map, a plan or a statutory record, latest first (see `yearsWithData`). */
  yearsWithData(): Promise<readonly AcademicYear[]>;
}
