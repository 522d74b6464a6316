import type { LearningOutcomeArea, YearGroup } from '../catalogue/types';
import type { AcademicYear } from './academic-year';

/**
 * The data Activity 3 of seed 000 asks leaders to use to keep the provision responsive (see
 * `responsivenessDataSources` in the catalogue), held per academic year as figures only: counts and percentages for
 * groups of learners, never a record about an individual pupil (docs/data-protection.md).
 */

/** Where leavers went, in the order the product lists them. The ids are ours; the names are in `labels.ts`. */
export type DestinationId =
  | 'sixth-form'
  | 'fe-college'
  | 'apprenticeship'
  | 'employment-with-training'
  | 'employment-without-training'
  | 'higher-education'
  | 'neet'
  | 'not-known';

/** Groups of learners a destinations breakdown may be given for. */
export type LearnerGroup = 'disadvantaged' | 'send' | 'ehc-plan' | 'female' | 'male';

/** Who collected the figures: the school's own collection, the local authority, or the DfE's published measures. */
export type DestinationsSource = 'school' | 'local-authority' | 'dfe';

/** The leavers a destinations record describes: Year 11 or Year 13 leavers, or a college's own programme. */
export type LeaverCohort = { readonly kind: 'year-11' } | { readonly kind: 'year-13' } | { readonly kind: 'programme'; readonly name: string };

/** How many leavers there were and where each went: the counts add up to the cohort, "not known" included. */
export interface DestinationCounts {
  readonly cohort: number;
  readonly counts: Readonly<Record<DestinationId, number>>;
}

export interface GroupDestinations extends DestinationCounts {
  readonly group: LearnerGroup;
}

/** The destinations of one leaver cohort in the academic year it left, from one source. */
export interface DestinationsRecord {
  readonly id: string;
  /** The academic year the cohort left in: "2025/26" for summer 2026 leavers. */
  readonly academicYear: AcademicYear;
  readonly cohort: LeaverCohort;
  readonly source: DestinationsSource;
  /** Sustained destinations (as the DfE's measures count them) rather than the first destination recorded. */
  readonly sustained: boolean;
  readonly all: DestinationCounts;
  /** Breakdowns for groups of learners, where the school has them. */
  readonly groups: readonly GroupDestinations[];
  readonly note?: string;
}

/** The Future Skills Questionnaire, or a survey of the school's own. */
export type SurveyKind = 'fsq' | 'own';

/** One learning-outcome area's result: the share of answers in the area that were positive. */
export interface AreaResult {
  readonly area: LearningOutcomeArea;
  /** 0–100. */
  readonly percentPositive: number;
}

/** One year group's results in one round of a learner perception survey. */
export interface PerceptionRecord {
  readonly id: string;
  readonly academicYear: AcademicYear;
  readonly survey: SurveyKind;
  /** The school's own name for its survey (required when `survey` is 'own'). */
  readonly surveyName?: string;
  /** When the round closed (yyyy-mm-dd), inside the academic year. */
  readonly date: string;
  readonly yearGroup: YearGroup;
  readonly responses: number;
  /** Learners in the year group, when known: gives the response rate. */
  readonly yearGroupSize?: number;
  /** At most one result per area of the universal learning outcomes framework. */
  readonly areas: readonly AreaResult[];
}

/** The groups whose voice row 2.6 asks for (seed 002; seed 000 Activity 3 names learners, staff, employers, parents). */
export type StakeholderGroup = 'learners' | 'parents-carers' | 'staff' | 'employers' | 'providers';

/** A dated summary of what one group said. */
export interface VoiceRecord {
  readonly id: string;
  readonly academicYear: AcademicYear;
  readonly group: StakeholderGroup;
  /** yyyy-mm-dd, inside the academic year. */
  readonly date: string;
  /** How it was gathered: "Online survey after the careers day". */
  readonly method: string;
  readonly participants: number;
  /** What it found, in the school's words. */
  readonly findings: string;
}

/** Learners in one year group flagged at risk of NEET on one date: counts, never names. */
export interface NeetRiskRecord {
  readonly id: string;
  readonly academicYear: AcademicYear;
  readonly yearGroup: YearGroup;
  /** yyyy-mm-dd, inside the academic year. */
  readonly date: string;
  /** Learners in the year group. */
  readonly yearGroupSize: number;
  readonly flagged: number;
  /** Of those flagged, how many have had support. */
  readonly supported: number;
  /** What support they got. */
  readonly support: string;
  /** The indicator used: "Local authority RONI", "OnTrack+". */
  readonly indicator?: string;
}

/** Everything recorded about impact, for the rules to read. */
export interface ImpactData {
  readonly destinations: readonly DestinationsRecord[];
  readonly perception: readonly PerceptionRecord[];
  readonly voice: readonly VoiceRecord[];
  readonly neetRisk: readonly NeetRiskRecord[];
}

export const destinationIds: readonly DestinationId[] = [
  'sixth-form',
  'fe-college',
  'apprenticeship',
  'employment-with-training',
  'employment-without-training',
  'higher-education',
  'neet',
  'not-known',
];
export const learnerGroups: readonly LearnerGroup[] = ['disadvantaged', 'send', 'ehc-plan', 'female', 'male'];
export const destinationsSources: readonly DestinationsSource[] = ['school', 'local-authority', 'dfe'];
export const stakeholderGroups: readonly StakeholderGroup[] = ['learners', 'parents-carers', 'staff', 'employers', 'providers'];
export const surveyKinds: readonly SurveyKind[] = ['fsq', 'own'];
