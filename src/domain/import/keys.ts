import type { AcademicYear } from '../academic-year';
import type { Activity } from '../provision-map/types';
import { loose } from './cells';

/** Two activities are the same when their title, stage and year group are (titles compared loosely). */
export const sameActivityKey = (a: Pick<Activity, 'title' | 'stage' | 'yearGroup'>): string =>
  `${a.stage}|${a.yearGroup}|${loose(a.title)}`;

/**
 * An imported activity's id, from what makes it the same activity: importing the same row again gives the same id,
 * so a publish interrupted half way and run again is recognised by key rather than written twice. Imported into a
 * chosen academic year, the id ends with it (`~2026/27`, as a year's copies are named): the key is unique across the
 * list, so the same map imported into two years must not share one.
 */
export function importedActivityId(
  /** The activity's sameActivityKey. */
  text: string,
  academicYear?: AcademicYear,
): string {
  return `import-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193)}${academicYear ? `~${academicYear}` : ''}`;
}

function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
