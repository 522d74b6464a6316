import type { UseQueryResult } from '@tanstack/react-query';

import { useCacheUpdate, useLoadQuery } from '../../common/data-query';
import { portContext } from '../../common/port-context';
import type { LoadedPlan, PlanData } from './port';

const plan = portContext<PlanData>('The plan port');
/** Given by the composition root (`src/app/tab`). */
export const ProvidePlanData = plan.Provide;
export const usePlanData = plan.usePort;

const planKey = ['plan'] as const;

/** The plan as last read (null when the site has no institution yet), shared by the plan and the next-step dialog. */
export function usePlanQuery(): UseQueryResult<LoadedPlan | null> {
  const data = usePlanData();
  return useLoadQuery(planKey, () => data.load());
}

/** Applies a saved change to the cached plan. */
export const useUpdatePlan = (): ((change: (loaded: LoadedPlan) => LoadedPlan) => void) => useCacheUpdate<LoadedPlan>(planKey);
