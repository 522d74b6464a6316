import type { DestinationId, DestinationsSource, LeaverCohort, LearnerGroup, PerceptionRecord, StakeholderGroup, SurveyKind } from './types';

/** The names people see. Ours, in the documents' terms where they have one. */
export const destinationNames: Readonly<Record<DestinationId, string>> = {
  'sixth-form': 'Sixth form',
  'fe-college': 'Further education college',
  apprenticeship: 'Apprenticeship',
  'employment-with-training': 'Employment with training',
  'employment-without-training': 'Employment without training',
  'higher-education': 'Higher education',
  neet: 'NEET',
  'not-known': 'Not known',
};

export const learnerGroupNames: Readonly<Record<LearnerGroup, string>> = {
  disadvantaged: 'Disadvantaged',
  send: 'SEND',
  'ehc-plan': 'EHC plan',
  female: 'Female',
  male: 'Male',
};

/** The group as it reads inside a sentence: "NEET among SEND Year 11 leavers". */
export const learnerGroupAdjectives: Readonly<Record<LearnerGroup, string>> = {
  disadvantaged: 'disadvantaged',
  send: 'SEND',
  'ehc-plan': 'EHC plan',
  female: 'female',
  male: 'male',
};

export const sourceNames: Readonly<Record<DestinationsSource, string>> = {
  school: 'the school’s own collection',
  'local-authority': 'the local authority',
  dfe: 'the DfE’s published destination measures',
};

export const stakeholderGroupNames: Readonly<Record<StakeholderGroup, string>> = {
  learners: 'learners',
  'parents-carers': 'parents and carers',
  staff: 'staff',
  employers: 'employers',
  providers: 'providers',
};

export const surveyNames: Readonly<Record<SurveyKind, string>> = {
  fsq: 'Future Skills Questionnaire',
  own: 'the school’s own survey',
};

/** The survey a round belongs to: the school's own survey by its own name. */
export const surveyLabel = (r: Pick<PerceptionRecord, 'survey' | 'surveyName'>): string =>
  r.survey === 'own' && r.surveyName ? r.surveyName : surveyNames[r.survey];

/** "Year 11 leavers", "Year 13 leavers", "Level 3 Engineering leavers". */
export function cohortName(cohort: LeaverCohort): string {
  if (cohort.kind === 'programme') return `${cohort.name} leavers`;
  return cohort.kind === 'year-11' ? 'Year 11 leavers' : 'Year 13 leavers';
}

/** A stable key for grouping records of the same cohort. */
export const cohortKey = (cohort: LeaverCohort): string => (cohort.kind === 'programme' ? `programme:${cohort.name}` : cohort.kind);
