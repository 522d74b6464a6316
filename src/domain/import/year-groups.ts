import type { YearGroup } from '../catalogue/types';
import { yearLabel, yearsLabel } from '../provision-map/labels';
import { loose, orList, quoted } from './cells';
import { problem, read, type Reading } from './reading';

const numberWords: Readonly<Record<string, string>> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', first: '1', second: '2',
};

/** Key stages and the sixth form name several school years at once. */
const namedRanges: Readonly<Record<string, readonly YearGroup[]>> = {
  ks3: ['7', '8', '9'],
  'key stage 3': ['7', '8', '9'],
  ks4: ['10', '11'],
  'key stage 4': ['10', '11'],
  ks5: ['12', '13'],
  'key stage 5': ['12', '13'],
  'sixth form': ['12', '13'],
  '6th form': ['12', '13'],
  post16: ['12', '13'],
  'post 16': ['12', '13'],
};
const everyone = new Set(['all', 'all years', 'all year groups', 'whole school', 'every year', 'every year group']);

/** "Yr 9", "Y9", "year nine", "9" → 9; "12-13", "Y12/13", "KS4" → a range, to split only once the person agrees. */
export function readYearGroup(typed: string, yearGroups: readonly YearGroup[]): Reading<YearGroup> {
  const own = yearGroups.find((y) => loose(y) === loose(typed));
  if (own !== undefined) return read(typed, own, yearLabel(own));
  const words = loose(typed)
    .split(' ')
    .map((w) => numberWords[w] ?? w)
    .join(' ')
    .replace(/\b(years?|yrs?|yg|year groups?|groups?)\b/g, ' ')
    .replace(/\b(?:years?|yrs?|y)(?=\d)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const named = namedRanges[words] ?? (everyone.has(words) || everyone.has(loose(typed)) ? yearGroups : undefined);
  const years = named ?? yearsIn(words);
  const unknownYears = years?.filter((y) => !yearGroups.includes(y)) ?? [];
  if (!years || years.length === 0 || unknownYears.length > 0) {
    const what = unknownYears.length > 0 ? `${yearsLabel(unknownYears)} is not a year group on this map` : `${quoted(typed)} is not a year group`;
    return problem(`${what}: use ${orList([...yearGroups])} (“Year 9”, “Yr 9”, “Y9” and “9” all work).`);
  }
  if (years.length === 1) return read(typed, years[0]!, yearLabel(years[0]!));
  const shown = yearsLabel(years);
  return { kind: 'range', values: years, shown, explanation: `${typed} → ${shown}, one activity for each` };
}

/** "9" → [9]; "12-13" or "7 to 9" → every year between; "12/13", "10 and 11", "7 9" → those years. */
function yearsIn(words: string): YearGroup[] | undefined {
  const single = /^0?(\d{1,2})$/.exec(words);
  if (single) return [String(Number(single[1]))];
  const span = /^(\d{1,2})\s*(?:-|to)\s*(\d{1,2})$/.exec(words);
  if (span) {
    const [from, to] = [Number(span[1]), Number(span[2])];
    return from < to && to - from <= 12 ? Array.from({ length: to - from + 1 }, (_, i) => String(from + i)) : undefined;
  }
  const parts = words.split(/\s*(?:\/|\band\b|\s)\s*/).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => /^\d{1,2}$/.test(p))) return [...new Set(parts.map((p) => String(Number(p))))];
  return undefined;
}
