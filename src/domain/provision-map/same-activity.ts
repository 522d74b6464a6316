import type { Activity } from './types';

/**
 * An activity's values in a canonical form, for "has it changed?". Order within the list columns carries no
 * meaning in the sheet, so lists are sorted; absent optional fields and empty ones are the same.
 */
export function activityFingerprint(activity: Activity): string {
  const sorted = <T extends string | number>(values: readonly T[]): T[] => [...values].sort();
  return JSON.stringify([
    activity.id,
    activity.stage,
    activity.yearGroup,
    activity.title,
    sorted(activity.categories),
    sorted(activity.learningOutcomes),
    sorted(activity.benchmarks),
    activity.audience.kind === 'targeted' ? ['targeted', activity.audience.group] : ['universal'],
    activity.term,
    activity.parentsAndCarers,
    activity.provider ?? '',
    activity.evidenceLink ?? '',
  ]);
}

export const sameActivity = (a: Activity, b: Activity): boolean => activityFingerprint(a) === activityFingerprint(b);
