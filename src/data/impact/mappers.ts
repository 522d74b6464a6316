import { learningOutcomeAreas } from '../../domain/catalogue/learning-outcomes';
import { cohortName, sourceNames, stakeholderGroupNames, surveyLabel } from '../../domain/impact/labels';
import {
  type AreaResult,
  type DestinationCounts,
  type DestinationId,
  destinationIds,
  type DestinationsRecord,
  type GroupDestinations,
  type LeaverCohort,
  learnerGroups,
  type NeetRiskRecord,
  type PerceptionRecord,
  type VoiceRecord,
} from '../../domain/impact/types';
import type { Fields } from '../../graph/list-items';
import { json, readFields, selectOf, shortTitle, writeFields } from '../fields';
import { cohortKindValues, destinationsList, destinationsSourceValues } from '../schema/destinations';
import { learnerPerceptionList, surveyKindValues } from '../schema/learner-perception';
import { neetRiskList } from '../schema/neet-risk';
import { stakeholderGroupValues, stakeholderVoiceList } from '../schema/stakeholder-voice';

export const DESTINATIONS_SELECT = selectOf(destinationsList);
export const PERCEPTION_SELECT = selectOf(learnerPerceptionList);
export const VOICE_SELECT = selectOf(stakeholderVoiceList);
export const NEET_RISK_SELECT = selectOf(neetRiskList);

/** The number column holding each destination's count. */
const countColumn = {
  'sixth-form': 'SixthForm',
  'fe-college': 'FurtherEducation',
  apprenticeship: 'Apprenticeship',
  'employment-with-training': 'EmploymentWithTraining',
  'employment-without-training': 'EmploymentWithoutTraining',
  'higher-education': 'HigherEducation',
  neet: 'Neet',
  'not-known': 'NotKnown',
} as const satisfies Record<DestinationId, string>;

export function destinationsToFields(r: DestinationsRecord): Fields {
  const counts = Object.fromEntries(destinationIds.map((d) => [countColumn[d], r.all.counts[d]]));
  return writeFields(destinationsList, {
    WaypointKey: r.id,
    Title: shortTitle(`${cohortName(r.cohort)} ${r.academicYear}${r.sustained ? ' (sustained)' : ''}, ${sourceNames[r.source]}`),
    AcademicYear: r.academicYear,
    CohortKind: r.cohort.kind,
    Programme: r.cohort.kind === 'programme' ? r.cohort.name : null,
    Source: r.source,
    Sustained: r.sustained,
    Leavers: r.all.cohort,
    ...counts,
    Groups: json(r.groups),
    Note: r.note ?? null,
  });
}

export function destinationsFromFields(fields: Fields): DestinationsRecord | null {
  const f = readFields(destinationsList, fields);
  const id = f.text('WaypointKey');
  const kind = f.oneOf('CohortKind', cohortKindValues);
  const source = f.oneOf('Source', destinationsSourceValues);
  if (!id || !kind || !source) return null;
  const cohort: LeaverCohort = kind === 'programme' ? { kind, name: f.text('Programme') } : { kind };
  const counts = Object.fromEntries(destinationIds.map((d) => [d, f.number(countColumn[d]) ?? 0])) as Record<DestinationId, number>;
  const note = f.optionalText('Note');
  return {
    id,
    academicYear: f.text('AcademicYear'),
    cohort,
    source,
    sustained: f.boolean('Sustained'),
    all: { cohort: f.number('Leavers') ?? 0, counts },
    groups: f.jsonArray('Groups', isGroupDestinations),
    ...(note ? { note } : {}),
  };
}

export function perceptionToFields(r: PerceptionRecord): Fields {
  const survey = surveyLabel(r);
  return writeFields(learnerPerceptionList, {
    WaypointKey: r.id,
    Title: shortTitle(`${survey}, Year ${r.yearGroup}, ${r.academicYear}`),
    AcademicYear: r.academicYear,
    Survey: r.survey,
    SurveyName: r.surveyName ?? null,
    SurveyDate: r.date,
    YearGroup: r.yearGroup,
    Responses: r.responses,
    YearGroupSize: r.yearGroupSize ?? null,
    Areas: json(r.areas),
  });
}

export function perceptionFromFields(fields: Fields): PerceptionRecord | null {
  const f = readFields(learnerPerceptionList, fields);
  const id = f.text('WaypointKey');
  const survey = f.oneOf('Survey', surveyKindValues);
  if (!id || !survey) return null;
  const surveyName = f.optionalText('SurveyName');
  const size = f.number('YearGroupSize');
  return {
    id,
    academicYear: f.text('AcademicYear'),
    survey,
    ...(surveyName ? { surveyName } : {}),
    date: f.text('SurveyDate'),
    yearGroup: f.text('YearGroup'),
    responses: f.number('Responses') ?? 0,
    ...(size !== undefined ? { yearGroupSize: size } : {}),
    areas: f.jsonArray('Areas', isAreaResult),
  };
}

export function voiceToFields(r: VoiceRecord): Fields {
  return writeFields(stakeholderVoiceList, {
    WaypointKey: r.id,
    Title: shortTitle(`Voice of ${stakeholderGroupNames[r.group]}, ${r.date}`),
    AcademicYear: r.academicYear,
    StakeholderGroup: r.group,
    VoiceDate: r.date,
    Method: r.method,
    Participants: r.participants,
    Findings: r.findings,
  });
}

export function voiceFromFields(fields: Fields): VoiceRecord | null {
  const f = readFields(stakeholderVoiceList, fields);
  const id = f.text('WaypointKey');
  const group = f.oneOf('StakeholderGroup', stakeholderGroupValues);
  if (!id || !group) return null;
  return {
    id,
    academicYear: f.text('AcademicYear'),
    group,
    date: f.text('VoiceDate'),
    method: f.text('Method'),
    participants: f.number('Participants') ?? 0,
    findings: f.text('Findings'),
  };
}

export function neetRiskToFields(r: NeetRiskRecord): Fields {
  return writeFields(neetRiskList, {
    WaypointKey: r.id,
    Title: shortTitle(`Year ${r.yearGroup} at risk of NEET, ${r.date}`),
    AcademicYear: r.academicYear,
    YearGroup: r.yearGroup,
    CountDate: r.date,
    YearGroupSize: r.yearGroupSize,
    Flagged: r.flagged,
    Supported: r.supported,
    Support: r.support || null,
    Indicator: r.indicator ?? null,
  });
}

export function neetRiskFromFields(fields: Fields): NeetRiskRecord | null {
  const f = readFields(neetRiskList, fields);
  const id = f.text('WaypointKey');
  if (!id) return null;
  const indicator = f.optionalText('Indicator');
  return {
    id,
    academicYear: f.text('AcademicYear'),
    yearGroup: f.text('YearGroup'),
    date: f.text('CountDate'),
    yearGroupSize: f.number('YearGroupSize') ?? 0,
    flagged: f.number('Flagged') ?? 0,
    supported: f.number('Supported') ?? 0,
    support: f.text('Support'),
    ...(indicator ? { indicator } : {}),
  };
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isCounts(v: unknown): v is DestinationCounts {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  const counts = o.counts as Record<string, unknown> | null | undefined;
  return isCount(o.cohort) && typeof counts === 'object' && counts !== null && destinationIds.every((d) => isCount(counts[d]));
}

function isGroupDestinations(v: unknown): v is GroupDestinations {
  return isCounts(v) && (learnerGroups as readonly unknown[]).includes((v as { group?: unknown }).group);
}

function isAreaResult(v: unknown): v is AreaResult {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (learningOutcomeAreas as readonly unknown[]).includes(o.area) && typeof o.percentPositive === 'number' && o.percentPositive >= 0 && o.percentPositive <= 100;
}
