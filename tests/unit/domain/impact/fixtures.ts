import type { DestinationCounts, DestinationId, DestinationsRecord, ImpactData } from '../../../../src/domain/impact/types';

export const YEARS = ['7', '8', '9', '10', '11', '12', '13'];
export const ctx = { yearGroups: YEARS, currentYear: '2026/27' };

const zero: Record<DestinationId, number> = {
  'sixth-form': 0,
  'fe-college': 0,
  apprenticeship: 0,
  'employment-with-training': 0,
  'employment-without-training': 0,
  'higher-education': 0,
  neet: 0,
  'not-known': 0,
};

/** Counts that add up: whatever is not given goes to sixth form. */
export function counts(cohort: number, given: Partial<Record<DestinationId, number>>): DestinationCounts {
  const rest = cohort - Object.values(given).reduce((s, n) => s + (n ?? 0), 0);
  return { cohort, counts: { ...zero, 'sixth-form': rest, ...given } };
}

export function y11(year: string, all: DestinationCounts, extra: Partial<DestinationsRecord> = {}): DestinationsRecord {
  return { id: `y11-${year}`, academicYear: year, cohort: { kind: 'year-11' }, source: 'school', sustained: false, all, groups: [], ...extra };
}

export const empty: ImpactData = { destinations: [], perception: [], voice: [], neetRisk: [] };
