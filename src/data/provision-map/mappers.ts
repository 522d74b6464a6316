import { type AcademicYear, isAcademicYear } from '../../domain/academic-year';
import type { BenchmarkNumber, StageId } from '../../domain/catalogue/types';
import type { Activity } from '../../domain/provision-map/types';
import type { Fields } from '../../graph/list-items';
import { isString, json, readFields, selectOf, writeFields } from '../fields';
import { activitiesList, audienceKinds, stageIds, termValues } from '../schema/activities';
import { stageOutcomesList } from '../schema/stage-outcomes';

export const ACTIVITY_SELECT = selectOf(activitiesList);
export const STAGE_OUTCOMES_SELECT = selectOf(stageOutcomesList);

export interface StageOutcomes {
  readonly stage: StageId;
  readonly learningOutcomes: readonly string[];
  readonly academicYear?: AcademicYear;
}

/**
 * `sortOrder` keeps the published order; leave it out to keep the item's current order. `year`
 * is the map's academic year, used when the activity does not carry its own.
 */
export function activityToFields(activity: Activity, year: AcademicYear, sortOrder?: number): Fields {
  return writeFields(activitiesList, {
    WaypointKey: activity.id,
    Title: activity.title,
    AcademicYear: activity.academicYear ?? year,
    Stage: activity.stage,
    YearGroup: activity.yearGroup,
    CategoryChoices: activity.categories,
    OutcomeChoices: activity.learningOutcomes,
    BenchmarkChoices: activity.benchmarks.map(String),
    AudienceKind: activity.audience.kind,
    AudienceGroup: activity.audience.kind === 'targeted' ? activity.audience.group : null,
    Term: activity.term ?? null,
    ParentsAndCarers: activity.parentsAndCarers,
    Provider: activity.provider ?? null,
    EvidenceLink: activity.evidenceLink ?? null,
    ToConfirm: activity.toConfirm === true,
    ...(sortOrder !== undefined ? { SortOrder: sortOrder } : {}),
  });
}

/** Null for an item that cannot be placed on the map (no key, or a stage the app does not know). */
export function activityFromFields(fields: Fields): Activity | null {
  const f = readFields(activitiesList, fields);
  const id = f.text('WaypointKey');
  const stage = f.oneOf('Stage', stageIds);
  if (!id || !stage) return null;
  const provider = f.optionalText('Provider');
  const evidenceLink = f.optionalText('EvidenceLink');
  const term = f.oneOf('Term', termValues);
  const academicYear = f.text('AcademicYear');
  return {
    id,
    stage,
    yearGroup: f.text('YearGroup'),
    title: f.text('Title'),
    categories: f.choices('CategoryChoices'),
    learningOutcomes: f.choices('OutcomeChoices'),
    benchmarks: f.choices('BenchmarkChoices').map(Number).filter(isBenchmark),
    audience:
      f.oneOf('AudienceKind', audienceKinds) === 'targeted'
        ? { kind: 'targeted', group: f.text('AudienceGroup') }
        : { kind: 'universal' },
    ...(term ? { term } : {}),
    parentsAndCarers: f.boolean('ParentsAndCarers'),
    ...(provider ? { provider } : {}),
    ...(evidenceLink ? { evidenceLink } : {}),
    ...(isAcademicYear(academicYear) ? { academicYear } : {}),
    ...(f.boolean('ToConfirm') ? { toConfirm: true } : {}),
  };
}

export const activitySortOrder = (fields: Fields): number | undefined => readFields(activitiesList, fields).number('SortOrder');

/** One item per stage and year: `introduce-inspire|2026/27`. */
export const stageOutcomesKey = (stage: StageId, year: AcademicYear): string => `${stage}|${year}`;

export function stageOutcomesToFields(value: StageOutcomes, year: AcademicYear): Fields {
  const academicYear = value.academicYear ?? year;
  return writeFields(stageOutcomesList, {
    WaypointKey: stageOutcomesKey(value.stage, academicYear),
    Title: value.stage,
    AcademicYear: academicYear,
    Stage: value.stage,
    LearningOutcomes: json(value.learningOutcomes),
  });
}

export function stageOutcomesFromFields(fields: Fields): StageOutcomes | null {
  const f = readFields(stageOutcomesList, fields);
  const stage = f.oneOf('Stage', stageIds);
  const academicYear = f.text('AcademicYear');
  return stage
    ? { stage, learningOutcomes: f.jsonArray('LearningOutcomes', isString), ...(isAcademicYear(academicYear) ? { academicYear } : {}) }
    : null;
}

const isBenchmark = (v: number): v is BenchmarkNumber => Number.isInteger(v) && v >= 1 && v <= 8;
