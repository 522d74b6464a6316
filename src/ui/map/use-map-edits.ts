import { useState } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import type { Activity } from '../../domain/provision-map/types';
import type { Versioned } from '../../shared/versioned';
import { useMapData, useUpdateMap } from './data/queries';

/** A change to one year's list of activities, as a saved edit, confirmation or removal makes it. */
export type ActivitiesChange = (list: readonly Versioned<Activity>[]) => readonly Versioned<Activity>[];

/**
 * How the map's editors change one year's activities: `setActivities` applies a change to the cached map, and
 * `showLatest` reads the map again after a change was refused, with `notice` saying why.
 */
export function useMapEdits(year: AcademicYear): {
  setActivities: (change: ActivitiesChange) => void;
  showLatest: (message: string) => Promise<void>;
  notice: string | undefined;
} {
  const data = useMapData();
  const update = useUpdateMap(year);
  const setActivities = (change: ActivitiesChange): void => update((l) => ({ ...l, activities: change(l.activities) }));
  const [notice, setNotice] = useState<string>();
  // A change quoting an old version is refused: show the latest map rather than guess.
  const showLatest = async (message: string): Promise<void> => {
    const fresh = await data.load(year);
    if (fresh) setActivities(() => fresh.activities);
    setNotice(message);
  };
  return { setActivities, showLatest, notice };
}
