import { useQuery, type UseQueryResult } from '@tanstack/react-query';

import type { AcademicYear } from '../../../domain/academic-year';
import { useCacheUpdate, useLoadQuery } from '../../common/data-query';
import { portContext } from '../../common/port-context';
import { useYearsWithData } from '../../common/year-picker';
import type { PlanData } from './adapter';
import type { LoadedPlan, PlanOfYear } from './port';

const plan = portContext<PlanData>('The plan port');
/** Given by the composition root (`src/app/tab`). */
export const ProvidePlanData = plan.Provide;
export const usePlanData = plan.usePort;

/** One cache entry per academic year: switching back to a year shows it without reading it again. */
const planKey = (year: AcademicYear) => ['plan', year] as const;

/** The plan of `year` as last read (null when the site has no institution yet), shared by the plan and the next-step dialog. */
export function usePlanQuery(year: AcademicYear): UseQueryResult<LoadedPlan | null> {
  const data = usePlanData();
  return useLoadQuery(planKey(year), () => data.load(year));
}

/** Applies a saved change to the cached plan of `year`. */
export const useUpdatePlan = (year: AcademicYear): ((change: (loaded: LoadedPlan) => LoadedPlan) => void) => useCacheUpdate<LoadedPlan>(planKey(year));

/** The years that hold data, for the year picker. */
export function usePlanYears(): UseQueryResult<readonly AcademicYear[]> {
  const data = usePlanData();
  return useYearsWithData(() => data.yearsWithData());
}

/** The plans of `years` for the year on year (read once per set of years; the year on screen comes from its own query). */
export function usePlanYearsQuery(years: readonly AcademicYear[]): UseQueryResult<readonly PlanOfYear[]> {
  const data = usePlanData();
  return useQuery({ queryKey: ['plan-years', ...years], queryFn: () => data.loadYears(years), enabled: years.length > 0 });
}
