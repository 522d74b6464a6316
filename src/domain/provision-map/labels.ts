import type { YearGroup } from '../catalogue/types';

/** "Year 9" for a school year group; a college's own programme year is shown as it is named. */
export function yearLabel(yearGroup: YearGroup): string {
  return /^\d+$/.test(yearGroup) ? `Year ${yearGroup}` : yearGroup;
}

/** "Year 8", "Years 8 and 9", "Years 7 to 11" (three or more consecutive), "Years 7, 9 and 11". */
export function yearsLabel(yearGroups: readonly YearGroup[]): string {
  if (yearGroups.length === 0) return 'no year groups';
  if (yearGroups.length === 1) return yearLabel(yearGroups[0]!);
  const numeric = yearGroups.every((y) => /^\d+$/.test(y));
  const consecutive = numeric && yearGroups.every((y, i) => i === 0 || Number(y) === Number(yearGroups[i - 1]) + 1);
  if (consecutive && yearGroups.length >= 3) return `Years ${yearGroups[0]} to ${yearGroups[yearGroups.length - 1]}`;
  const names = numeric ? [...yearGroups] : yearGroups.map(yearLabel);
  const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return numeric ? `Years ${list}` : list;
}

/** "1 activity", "3 activities". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
