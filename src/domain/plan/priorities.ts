import { recommendedPriorityCount } from '../catalogue/plan';
import type { StrategicPlan } from './types';

export interface PriorityCountAdvice {
  readonly count: number;
  readonly withinRange: boolean;
  /** Present when the count is outside three to five. */
  readonly message?: string;
}

/** Seed 001: "Aim to agree between 3-5 strategic priorities." Advice only: a plan with two is not invalid. */
export function priorityCountAdvice(plan: StrategicPlan): PriorityCountAdvice {
  const { min, max } = recommendedPriorityCount;
  const count = plan.priorities.length;
  const has = `The plan has ${count === 0 ? 'no' : count} ${count === 1 ? 'priority' : 'priorities'}`;
  if (count < min) {
    return {
      count,
      withinRange: false,
      message: `${has}. Aim to agree between ${min} and ${max}: the problems you need to solve to realise your vision.`,
    };
  }
  if (count > max) {
    return {
      count,
      withinRange: false,
      message: `${has}. Aim to agree between ${min} and ${max}, so that each gets the attention it needs.`,
    };
  }
  return { count, withinRange: true };
}
