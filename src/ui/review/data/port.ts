// The review's values as its views see them; the port itself is `ReviewData` in `adapter.ts`.

import type { PlanAction, Priority } from '../../../domain/plan/types';

export type { LoadedReview } from '../../../data/reviews/repository';
export type { ListChanges, ReviewChanges, ReviewWatcher } from '../../../data/reviews/watch';

/** This academic year's action plan, as much of it as an action made in the meeting needs. */
export interface ActionPlan {
  readonly priorities: readonly Priority[];
  readonly actions: readonly PlanAction[];
}
