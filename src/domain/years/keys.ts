import { type AcademicYear, isAcademicYear } from '../academic-year';

/**
 * Keys of items carried into another academic year: the source key without any earlier year
 * suffix, then `~` and the target year (`act-careers-fair~2027/28`). Deterministic, so starting
 * the same year twice names the same items and creates nothing twice; never longer than the
 * source key plus eight characters, however many years an activity is carried.
 */
const SEPARATOR = '~';

export function baseKey(key: string): string {
  const at = key.lastIndexOf(SEPARATOR);
  return at > 0 && isAcademicYear(key.slice(at + 1)) ? key.slice(0, at) : key;
}

export const carriedKey = (sourceKey: string, target: AcademicYear): string => `${baseKey(sourceKey)}${SEPARATOR}${target}`;

/** Whether two keys name the same thing in different years (the same base key). */
export const sameLineage = (a: string, b: string): boolean => baseKey(a) === baseKey(b);
