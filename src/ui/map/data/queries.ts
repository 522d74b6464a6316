import type { UseQueryResult } from '@tanstack/react-query';

import { useCacheUpdate, useLoadQuery } from '../../common/data-query';
import { portContext } from '../../common/port-context';
import type { LoadedMap, ProvisionMapData } from './port';

const map = portContext<ProvisionMapData>('The provision map port');
/** Given by the composition root (`src/app/tab`). */
export const ProvideMapData = map.Provide;
export const useMapData = map.usePort;

const mapKey = ['provision-map'] as const;

export function useMapQuery(): UseQueryResult<LoadedMap | null> {
  const data = useMapData();
  return useLoadQuery(mapKey, () => data.load());
}

/** Applies a saved change to the cached provision map. */
export const useUpdateMap = (): ((change: (loaded: LoadedMap) => LoadedMap) => void) => useCacheUpdate<LoadedMap>(mapKey);
