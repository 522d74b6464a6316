import type { UseQueryResult } from '@tanstack/react-query';

import type { AcademicYear } from '../../../domain/academic-year';

import { useCacheUpdate, useLoadQuery } from '../../common/data-query';
import { portContext } from '../../common/port-context';
import { useYearsWithData } from '../../common/year-picker';
import type { LoadedStatutory, StatutoryData } from './port';

const statutory = portContext<StatutoryData>('The statutory duties port');
/** Given by the composition root (`src/app/tab`). */
export const ProvideStatutoryData = statutory.Provide;
export const useStatutoryData = statutory.usePort;

const statutoryKey = (year: AcademicYear) => ['statutory', year] as const;

/** The record of one academic year. */
export function useStatutoryQuery(year: AcademicYear): UseQueryResult<LoadedStatutory | null> {
  const data = useStatutoryData();
  return useLoadQuery(statutoryKey(year), () => data.load(year));
}

/** The years that hold data, for the year picker. */
export function useStatutoryYears(): UseQueryResult<readonly AcademicYear[]> {
  const data = useStatutoryData();
  return useYearsWithData(() => data.yearsWithData());
}

/** Applies a saved change to the cached record of `year`. */
export const useUpdateStatutory = (year: AcademicYear): ((change: (loaded: LoadedStatutory) => LoadedStatutory) => void) =>
  useCacheUpdate<LoadedStatutory>(statutoryKey(year));
