import { useState } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import type { Activity } from '../../domain/provision-map/types';
import { isConflict } from '../../shared/service-error';
import type { Versioned } from '../../shared/versioned';
import { type Action, useAction } from '../common/use-action';
import { useMapData } from './data/queries';

/**
 * Confirming carried-forward activities for `year`, each guarded by the version on screen: those that went through
 * are applied (`onConfirmed`), and when any was refused as changed meanwhile `onStale` shows the latest map.
 */
export function useConfirmActivities(props: {
  readonly year: AcademicYear;
  readonly onConfirmed: (saved: readonly Versioned<Activity>[]) => void;
  readonly onStale: () => Promise<void>;
}): {
  confirming: Action;
  /** Which activity's own Confirm is under way, to say so on its button. */
  which: string | undefined;
  confirm: (activities: readonly Versioned<Activity>[]) => Promise<void>;
  confirmOne: (activity: Versioned<Activity>) => Promise<boolean>;
} {
  const data = useMapData();
  const confirming = useAction();
  const [which, setWhich] = useState<string>();

  /** Confirms `activities`; throws what stopped any of them, after applying those that went through. */
  const confirm = async (activities: readonly Versioned<Activity>[]): Promise<void> => {
    const { confirmed, failures } = await data.confirmActivities(activities, props.year);
    if (confirmed.length) props.onConfirmed(confirmed);
    if (failures.length === 0) return;
    const other = failures.find((f) => !isConflict(f));
    if (other === undefined) await props.onStale();
    else throw other;
  };
  const confirmOne = (activity: Versioned<Activity>): Promise<boolean> => {
    setWhich(activity.value.id);
    return confirming.run(() => confirm([activity]));
  };
  return { confirming, which, confirm, confirmOne };
}
