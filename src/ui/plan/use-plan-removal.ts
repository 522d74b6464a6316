import type { AcademicYear } from '../../domain/academic-year';
import { isConflict } from '../../shared/service-error';
import type { LoadedPlan } from './data/port';
import { usePlanData, useUpdatePlan } from './data/queries';

/** Removes something from the plan: `remove` asks the site, `apply` shows the removal on screen. */
export type RemoveFromPlan = (remove: () => Promise<void>, apply: (s: LoadedPlan) => LoadedPlan) => Promise<void>;

/**
 * Removes something from the plan and applies the removal to the plan on screen. A removal quoting an old version
 * is refused: the latest plan is shown rather than a guess, and `onNotice` says why it changed.
 */
export function usePlanRemoval(year: AcademicYear, onNotice: (notice: string) => void): RemoveFromPlan {
  const data = usePlanData();
  const update = useUpdatePlan(year);
  return async (remove, apply) => {
    try {
      await remove();
      update(apply);
    } catch (error) {
      if (!isConflict(error)) throw error;
      const fresh = await data.load(year);
      if (fresh) update(() => fresh);
      onNotice('Someone else changed this since you opened the plan, so it was not removed. The latest plan is shown.');
    }
  };
}
