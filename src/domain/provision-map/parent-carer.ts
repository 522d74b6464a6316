import type { YearGroup } from '../catalogue/types';
import type { ProvisionMap } from './types';

export interface YearParentCarerEngagement {
  readonly yearGroup: YearGroup;
  readonly engaged: boolean;
  /** Activities in this year group in which parents and carers take part. */
  readonly activityIds: readonly string[];
}

/** Per year group, whether parents and carers take part in any activity (seed 001, Benchmark 1). */
export function parentCarerEngagement(map: ProvisionMap): YearParentCarerEngagement[] {
  return map.yearGroups.map((yearGroup) => {
    const ids = map.activities.filter((a) => a.yearGroup === yearGroup && a.parentsAndCarers).map((a) => a.id);
    return { yearGroup, engaged: ids.length > 0, activityIds: ids };
  });
}
