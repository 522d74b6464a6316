import type { BenchmarkNumber, StageId } from '../../domain/catalogue/types';
import type { Activity } from '../../domain/provision-map/types';
import type { Fields } from '../../graph/list-items';
import { isString, json, readFields, selectOf, writeFields } from '../fields';
import { activitiesList, stageOutcomesList } from '../schema';
import { audienceKinds, stageIds, termValues } from '../schema/activities';

export const ACTIVITY_SELECT = selectOf(activitiesList);
export const STAGE_OUTCOMES_SELECT = selectOf(stageOutcomesList);

export interface StageOutcomes {
  readonly stage: StageId;
  readonly learningOutcomes: readonly string[];
}

/** `sortOrder` keeps the published order; leave it out to keep the item's current order. */
export function activityToFields(activity: Activity, sortOrder?: number): Fields {
  return writeFields(activitiesList, {
    WaypointKey: activity.id,
    Title: activity.title,
    Stage: activity.stage,
    YearGroup: activity.yearGroup,
    Categories: json(activity.categories),
    LearningOutcomes: json(activity.learningOutcomes),
    Benchmarks: json(activity.benchmarks),
    AudienceKind: activity.audience.kind,
    AudienceGroup: activity.audience.kind === 'targeted' ? activity.audience.group : null,
    Term: activity.term ?? null,
    ParentsAndCarers: activity.parentsAndCarers,
    Provider: activity.provider ?? null,
    EvidenceLink: activity.evidenceLink ?? null,
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
  return {
    id,
    stage,
    yearGroup: f.text('YearGroup'),
    title: f.text('Title'),
    categories: f.jsonArray('Categories', isString),
    learningOutcomes: f.jsonArray('LearningOutcomes', isString),
    benchmarks: f.jsonArray('Benchmarks', isBenchmark),
    audience:
      f.oneOf('AudienceKind', audienceKinds) === 'targeted'
        ? { kind: 'targeted', group: f.text('AudienceGroup') }
        : { kind: 'universal' },
    ...(term ? { term } : {}),
    parentsAndCarers: f.boolean('ParentsAndCarers'),
    ...(provider ? { provider } : {}),
    ...(evidenceLink ? { evidenceLink } : {}),
  };
}

export const activitySortOrder = (fields: Fields): number | undefined => readFields(activitiesList, fields).number('SortOrder');

export function stageOutcomesToFields(value: StageOutcomes): Fields {
  return writeFields(stageOutcomesList, {
    WaypointKey: value.stage,
    Title: value.stage,
    Stage: value.stage,
    LearningOutcomes: json(value.learningOutcomes),
  });
}

export function stageOutcomesFromFields(fields: Fields): StageOutcomes | null {
  const f = readFields(stageOutcomesList, fields);
  const stage = f.oneOf('Stage', stageIds);
  return stage ? { stage, learningOutcomes: f.jsonArray('LearningOutcomes', isString) } : null;
}

const isBenchmark = (v: unknown): v is BenchmarkNumber => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 8;
