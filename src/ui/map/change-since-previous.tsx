import { type ReactNode, useMemo } from 'react';

import { type AcademicYear, previousAcademicYear } from '../../domain/academic-year';
import type { ProvisionMap } from '../../domain/provision-map/types';
import { mapChange } from '../../domain/years/year-on-year';
import { useMapQuery } from './data/queries';
import { MapChangePanel } from './map-change';

/** The change since the year before, once that year's map is read (and only when it had one). */
export function ChangeSincePrevious(props: { year: AcademicYear; map: ProvisionMap }): ReactNode {
  const previous = previousAcademicYear(props.year);
  const before = useMapQuery(previous).data;
  const change = useMemo(() => (before?.map.activities.length ? mapChange(before.map, props.map) : undefined), [before, props.map]);
  if (!change) return null;
  return <MapChangePanel change={change} from={previous} yearGroups={props.map.yearGroups} />;
}
