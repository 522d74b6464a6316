import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';

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
export const planKey = (year: AcademicYear) => ['plan', year] as const;

/** The plan of `year` as last read (null when the site has no institution yet), shared by the plan and the next-step dialog. */
export function usePlanQuery(year: AcademicYear): UseQueryResult<LoadedPlan | null> {
  const data = usePlanData();
  return useLoadQuery(planKey(year), () => data.load(year));
}

/** The impact figures' cache entry (`src/ui/impact/data/queries.ts`): they read the plan's key metrics as their targets. */
const impactKey = ['impact'] as const;

/** The key metrics of the plan's objectives, to tell whether a change moved a target. */
const keyMetrics = (plan: LoadedPlan | null | undefined): string =>
  JSON.stringify(plan?.priorities.map((p) => p.value.objectives.map((o) => o.keyMetricRef ?? null)));

/**
 * Applies a saved change to the cached plan of `year`. A change to a key metric also reads the impact figures again,
 * even where no view shows them now, so the Impact view's targets are the plan's when it opens next.
 */
export function useUpdatePlan(year: AcademicYear): (change: (loaded: LoadedPlan) => LoadedPlan) => void {
  const client = useQueryClient();
  const update = useCacheUpdate<LoadedPlan>(planKey(year));
  return useCallback(
    (change) => {
      const before = keyMetrics(client.getQueryData(planKey(year)));
      update(change);
      if (keyMetrics(client.getQueryData(planKey(year))) !== before) void client.invalidateQueries({ queryKey: impactKey, refetchType: 'all' });
    },
    [client, update, year],
  );
}

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
