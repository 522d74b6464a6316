import type { UseQueryResult } from '@tanstack/react-query';

import { useCacheUpdate, useLoadQuery } from '../../common/data-query';
import { portContext } from '../../common/port-context';
import type { ImpactData, LoadedImpact } from './port';

const impact = portContext<ImpactData>('The impact port');
/** Given by the composition root (`src/app/tab`). */
export const ProvideImpactData = impact.Provide;
export const useImpactData = impact.usePort;

/** The impact figures' cache entry; the plan's data slice reads it again when a key metric's target changes. */
export const impactKey = ['impact'] as const;

/** Every impact record, shared by the impact view, the figures beside rows 2.4–2.7 and the governors' report. */
export function useImpactQuery(): UseQueryResult<LoadedImpact | null> {
  const data = useImpactData();
  return useLoadQuery(impactKey, () => data.load());
}

/** Applies a saved change to the cached records. */
export const useUpdateImpact = (): ((change: (loaded: LoadedImpact) => LoadedImpact) => void) => useCacheUpdate<LoadedImpact>(impactKey);
