import type { UseQueryResult } from '@tanstack/react-query';

import type { AcademicYear } from '../../../domain/academic-year';
import type { InstitutionData } from '../../../domain/institution-data';
import { useLoadQuery } from '../../common/data-query';
import { portContext } from '../../common/port-context';
import { useYearsWithData } from '../../common/year-picker';
import type { ReportData } from './port';

const report = portContext<ReportData>("The governors' report port");
/** Given by the composition root (`src/app/tab`). */
export const ProvideReportData = report.Provide;
export const useReportData = report.usePort;

/** Everything the report reads for one academic year, once (one $batch); Refresh reads it again. */
export function useReportQuery(year: AcademicYear): UseQueryResult<InstitutionData | null> {
  const data = useReportData();
  return useLoadQuery(['report', year], () => data.load(year));
}

/** The years that hold data, for the year picker. */
export function useReportYears(): UseQueryResult<readonly AcademicYear[]> {
  const data = useReportData();
  return useYearsWithData(() => data.yearsWithData());
}
