import type { UseQueryResult } from '@tanstack/react-query';

import { useCacheUpdate, useLoadQuery } from '../../common/data-query';
import { portContext } from '../../common/port-context';
import type { LoadedStatutory, StatutoryData } from './port';

const statutory = portContext<StatutoryData>('The statutory duties port');
/** Given by the composition root (`src/app/tab`). */
export const ProvideStatutoryData = statutory.Provide;
export const useStatutoryData = statutory.usePort;

const statutoryKey = ['statutory'] as const;

export function useStatutoryQuery(): UseQueryResult<LoadedStatutory | null> {
  const data = useStatutoryData();
  return useLoadQuery(statutoryKey, () => data.load());
}

/** Applies a saved change to the cached record. */
export const useUpdateStatutory = (): ((change: (loaded: LoadedStatutory) => LoadedStatutory) => void) =>
  useCacheUpdate<LoadedStatutory>(statutoryKey);
