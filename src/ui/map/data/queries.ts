import type { UseQueryResult } from '@tanstack/react-query';

import type { AcademicYear } from '../../../domain/academic-year';
import { useCacheUpdate, useLoadQuery } from '../../common/data-query';
import { portContext } from '../../common/port-context';
import { useYearsWithData } from '../../common/year-picker';
import type { ProvisionMapData } from './adapter';
import type { LoadedMap } from './port';

const map = portContext<ProvisionMapData>('The provision map port');
/** Given by the composition root (`src/app/tab`). */
export const ProvideMapData = map.Provide;
export const useMapData = map.usePort;

/** One cache entry per academic year: switching back to a year shows it without reading it again. */
export const mapKey = (year: AcademicYear) => ['provision-map', year] as const;

export function useMapQuery(year: AcademicYear): UseQueryResult<LoadedMap | null> {
  const data = useMapData();
  return useLoadQuery(mapKey(year), () => data.load(year));
}

/** The years that hold data, for the year picker. */
export function useMapYears(): UseQueryResult<readonly AcademicYear[]> {
  const data = useMapData();
  return useYearsWithData(() => data.yearsWithData());
}

/** Applies a saved change to the cached provision map of `year`. */
export const useUpdateMap = (year: AcademicYear): ((change: (loaded: LoadedMap) => LoadedMap) => void) => useCacheUpdate<LoadedMap>(mapKey(year));
