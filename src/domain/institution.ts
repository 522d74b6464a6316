import type { ModelVariant, YearGroup } from './catalogue/types';

/** The school or college whose careers provision Waypoint holds. One per team site. */
export interface Institution {
  readonly id: string;
  readonly name: string;
  readonly variant: ModelVariant;
  /** Year groups mapped, in order: 7–11, with 12–13 where there is a sixth form; colleges name their own. */
  readonly yearGroups: readonly YearGroup[];
}
