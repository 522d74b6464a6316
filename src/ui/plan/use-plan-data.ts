import { useMemo } from 'react';

import { useDataContext } from './parts/use-data-context';
import type { PlanData } from './plan-data';
import { createPlanData } from './plan-data-adapter';

/** The plan port for this page, e.g. for `NextStepActionButton` in the review views. */
export function usePlanData(): PlanData {
  const ctx = useDataContext();
  return useMemo(() => createPlanData(ctx), [ctx]);
}
