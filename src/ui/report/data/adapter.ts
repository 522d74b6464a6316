import type { DataContext } from '../../../data/data-context';
import { loadInstitution } from '../../../data/load-institution';
import { yearsWithData } from '../../../data/years/years-with-data';
import type { ReportData } from './port';

/** The report port: one $batch read of every list (see `loadInstitution`). */
export function createReportData(ctx: DataContext): ReportData {
  return { load: (year) => loadInstitution(ctx, { year }), yearsWithData: () => yearsWithData(ctx) };
}
