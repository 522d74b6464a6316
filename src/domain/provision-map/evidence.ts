import { activityCategories } from '../catalogue/provision';
import type { ActivityCategory, BenchmarkNumber } from '../catalogue/types';
import type { Activity } from './types';

/**
 * The benchmarks an activity evidences: those recorded on it plus those its categories typically evidence
 * (an employer encounter evidences Benchmark 5 even if nobody ticked it). An activity in two categories counts
 * for both.
 */
export function benchmarksOf(
  activity: Activity,
  categories: readonly ActivityCategory[] = activityCategories,
): Set<BenchmarkNumber> {
  const out = new Set<BenchmarkNumber>(activity.benchmarks);
  for (const id of activity.categories) {
    for (const b of categories.find((c) => c.id === id)?.benchmarks ?? []) out.add(b);
  }
  return out;
}

/** Whether an activity sits in the category (activities may sit in several). */
export function inCategory(activity: Activity, categoryId: string): boolean {
  return activity.categories.includes(categoryId);
}

/** Activities reaching every pupil in the year group and those for a targeted group only. */
export interface Reach {
  readonly universal: readonly Activity[];
  readonly targeted: readonly Activity[];
}

export function splitByAudience(activities: readonly Activity[]): Reach {
  return {
    universal: activities.filter((a) => a.audience.kind === 'universal'),
    targeted: activities.filter((a) => a.audience.kind === 'targeted'),
  };
}
