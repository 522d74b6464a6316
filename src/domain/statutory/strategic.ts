import type { Review } from '../review/types';

/** What the fifth responsibility (a strategic approach, quality assurance, improvement) is judged on. */
export interface StrategicEvidence {
  readonly priorities: number;
  readonly actions: number;
  /** Date (yyyy-mm-dd) of the latest agreed internal leadership review. */
  readonly latestAgreedReview?: string;
}

/** From the plan's priorities and actions (only their number matters) and the reviews on record. */
export function strategicEvidence(
  plan: { readonly priorities: readonly unknown[]; readonly actions: readonly unknown[] },
  reviews: readonly Review[],
): StrategicEvidence {
  const latest = reviews
    .filter((r) => r.status === 'agreed')
    .map((r) => r.date)
    .sort()
    .at(-1);
  return { priorities: plan.priorities.length, actions: plan.actions.length, ...(latest ? { latestAgreedReview: latest } : {}) };
}
