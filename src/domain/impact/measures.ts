import type { LearningOutcomeArea, YearGroup } from '../catalogue/types';
import { type AcademicYear, byYear } from './academic-year';
import { cohortKey, cohortName, destinationNames, learnerGroupAdjectives, sourceNames, stakeholderGroupNames, surveyNames } from './labels';
import { type Audience, countFigure, type Figure, percentFigure, shareFigure } from './suppression';
import {
  type DestinationId,
  destinationIds,
  type DestinationsRecord,
  type DestinationsSource,
  type ImpactData,
  type LeaverCohort,
  type LearnerGroup,
  type StakeholderGroup,
  type SurveyKind,
} from './types';

/**
 * One figure Waypoint can follow over the years: what a trend plots, what a finding compares, and what a plan
 * objective's key metric points at.
 */
export type ImpactMeasure =
  /** The share of a leaver cohort (or a group in it) going to any of `destinations`, as a percentage. */
  | {
      readonly kind: 'destinations';
      readonly cohort: LeaverCohort;
      readonly destinations: readonly DestinationId[];
      readonly group?: LearnerGroup;
      /** Sustained destinations rather than first destinations. */
      readonly sustained?: boolean;
    }
  /** Positive answers in a learning-outcome area from a year group (the Future Skills Questionnaire unless said). */
  | { readonly kind: 'perception'; readonly yearGroup: YearGroup; readonly area: LearningOutcomeArea; readonly survey?: SurveyKind }
  /** Survey responses from a year group. */
  | { readonly kind: 'responses'; readonly yearGroup: YearGroup; readonly survey?: SurveyKind }
  /** Learners flagged at risk of NEET, as a percentage of the year group. */
  | { readonly kind: 'neet-risk'; readonly yearGroup: YearGroup }
  /** People who took part in stakeholder voice from a group. */
  | { readonly kind: 'voice'; readonly group: StakeholderGroup };

/** A plan objective's key metric, pointing at a measure, with the school's own target for it. */
export interface KeyMetricRef {
  readonly measure: ImpactMeasure;
  readonly target?: number;
}

export type Unit = 'percent' | 'count';

/** A measure's value in one academic year, with what it was measured over. */
export interface MeasureValue {
  readonly academicYear: AcademicYear;
  /** As recorded (for the team); `figure` is what the audience may see. */
  readonly value: number;
  readonly figure: Figure;
  /** Where the figure came from: "the local authority". */
  readonly from?: string;
}

/** Every destination but NEET and not known: staying in education, an apprenticeship or employment (as the DfE's destination measures count it, in our words). */
export const inEducationOrWork: readonly DestinationId[] = destinationIds.filter((d) => d !== 'neet' && d !== 'not-known');
const isInWork = (ds: readonly DestinationId[]): boolean => ds.length === inEducationOrWork.length && inEducationOrWork.every((d) => ds.includes(d));

/** Destinations that count against the aim of effective transitions: lower is better for these. */
const unwanted: readonly DestinationId[] = ['neet', 'not-known', 'employment-without-training'];

export const unitOf = (m: ImpactMeasure): Unit => (m.kind === 'responses' || m.kind === 'voice' ? 'count' : 'percent');

/** Whether a rise is good news. */
export function higherIsBetter(m: ImpactMeasure): boolean {
  if (m.kind === 'neet-risk') return false;
  if (m.kind === 'destinations') return !m.destinations.every((d) => unwanted.includes(d));
  return true;
}

/** "NEET among Year 11 leavers", "Self-awareness: positive answers, Year 9 (Future Skills Questionnaire)". */
export function measureName(m: ImpactMeasure): string {
  switch (m.kind) {
    case 'destinations': {
      const names = m.destinations.map((d, i) => (i === 0 || d === 'neet' ? destinationNames[d] : destinationNames[d].toLowerCase()));
      const what = isInWork(m.destinations) ? 'Education, apprenticeship or employment' : names.join(' or ');
      const who = `${m.group ? `${learnerGroupAdjectives[m.group]} ` : ''}${cohortName(m.cohort)}`;
      return `${what} among ${who}${m.sustained ? ' (sustained)' : ''}`;
    }
    case 'perception':
      return `${m.area}: positive answers, Year ${m.yearGroup} (${surveyNames[m.survey ?? 'fsq']})`;
    case 'responses':
      return `${surveyNames[m.survey ?? 'fsq']} responses, Year ${m.yearGroup}`;
    case 'neet-risk':
      return `Year ${m.yearGroup} learners at risk of NEET`;
    case 'voice':
      return `Stakeholder voice: ${stakeholderGroupNames[m.group]} taking part`;
  }
}

/** A stable key: two measures with the same key are the same figure. */
export function measureKey(m: ImpactMeasure): string {
  switch (m.kind) {
    case 'destinations':
      return ['destinations', cohortKey(m.cohort), [...m.destinations].sort().join('+'), m.group ?? 'all', m.sustained ? 'sustained' : 'first'].join('|');
    case 'perception':
      return ['perception', m.yearGroup, m.area, m.survey ?? 'fsq'].join('|');
    case 'responses':
      return ['responses', m.yearGroup, m.survey ?? 'fsq'].join('|');
    case 'neet-risk':
      return ['neet-risk', m.yearGroup].join('|');
    case 'voice':
      return ['voice', m.group].join('|');
  }
}

/**
 * Where two sources give the same cohort's destinations for a year, the school's own collection is used (it covers
 * every leaver and is what the team checks each October), then the local authority's, then the DfE's.
 */
const sourcePreference: readonly DestinationsSource[] = ['school', 'local-authority', 'dfe'];

function destinationsFor(data: ImpactData, m: Extract<ImpactMeasure, { kind: 'destinations' }>, year: AcademicYear): DestinationsRecord | undefined {
  const key = cohortKey(m.cohort);
  return data.destinations
    .filter((r) => r.academicYear === year && cohortKey(r.cohort) === key && r.sustained === (m.sustained ?? false))
    .filter((r) => !m.group || r.groups.some((g) => g.group === m.group))
    .sort((a, b) => sourcePreference.indexOf(a.source) - sourcePreference.indexOf(b.source))[0];
}

/** The latest record of the year matching `keep` (surveys and NEET-risk counts may be taken more than once a year). */
const latestIn = <T extends { readonly academicYear: AcademicYear; readonly date: string }>(records: readonly T[], year: AcademicYear, keep: (r: T) => boolean) =>
  records.filter((r) => r.academicYear === year && keep(r)).sort((a, b) => b.date.localeCompare(a.date))[0];

/** The measure's value in `year`, or undefined when nothing recorded gives it. */
export function measureValue(data: ImpactData, m: ImpactMeasure, year: AcademicYear, audience: Audience): MeasureValue | undefined {
  switch (m.kind) {
    case 'destinations': {
      const record = destinationsFor(data, m, year);
      if (!record) return undefined;
      const counts = m.group ? record.groups.find((g) => g.group === m.group)! : record.all;
      const part = m.destinations.reduce((s, d) => s + counts.counts[d], 0);
      const figure = shareFigure(part, counts.cohort, audience);
      return { academicYear: year, value: (part / counts.cohort) * 100, figure, from: sourceNames[record.source] };
    }
    case 'perception': {
      const survey = m.survey ?? 'fsq';
      const round = latestIn(data.perception, year, (r) => r.survey === survey && r.yearGroup === m.yearGroup && r.areas.some((a) => a.area === m.area));
      const result = round?.areas.find((a) => a.area === m.area);
      if (!round || !result) return undefined;
      return { academicYear: year, value: result.percentPositive, figure: percentFigure(result.percentPositive, round.responses, audience) };
    }
    case 'responses': {
      const survey = m.survey ?? 'fsq';
      const round = latestIn(data.perception, year, (r) => r.survey === survey && r.yearGroup === m.yearGroup);
      return round && { academicYear: year, value: round.responses, figure: countFigure(round.responses, audience) };
    }
    case 'neet-risk': {
      const record = latestIn(data.neetRisk, year, (r) => r.yearGroup === m.yearGroup);
      if (!record) return undefined;
      const value = (record.flagged / record.yearGroupSize) * 100;
      return { academicYear: year, value, figure: shareFigure(record.flagged, record.yearGroupSize, audience) };
    }
    case 'voice': {
      const records = data.voice.filter((r) => r.academicYear === year && r.group === m.group);
      if (records.length === 0) return undefined;
      const total = records.reduce((s, r) => s + r.participants, 0);
      return { academicYear: year, value: total, figure: countFigure(total, audience) };
    }
  }
}

/** The latest-dated record for each key (surveys and NEET-risk counts may be taken more than once). */
export function latestBy<T extends { readonly date: string }>(records: readonly T[], key: (r: T) => string): T[] {
  const latest = new Map<string, T>();
  for (const r of records) if ((latest.get(key(r))?.date ?? '') < r.date) latest.set(key(r), r);
  return [...latest.values()];
}

/** Every academic year any record is for, oldest first. */
export function yearsRecorded(data: ImpactData): AcademicYear[] {
  const all = [...data.destinations, ...data.perception, ...data.voice, ...data.neetRisk].map((r) => r.academicYear);
  return [...new Set(all)].sort(byYear);
}
