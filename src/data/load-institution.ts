import type { StageId } from '../domain/catalogue/types';
import type { InstitutionData, ReviewRecord } from '../domain/institution-data';
import type { AgreedBestFit, Reflection } from '../domain/review/types';
import type { StatutoryRecord } from '../domain/statutory/types';
import type { Item } from '../graph/list-items';
import { readManyLists } from '../graph/list-items-batch';
import { type CallOptions, type DataContext, listRef } from './data-context';
import { bySortOrder } from './fields';
import { PAGE_SIZE } from './page-size';
import { ACTION_SELECT, actionFromFields, actionSortOrder, PRIORITY_SELECT, priorityFromFields, prioritySortOrder } from './plan/mappers';
import {
  ACTIVITY_SELECT,
  activityFromFields,
  activitySortOrder,
  STAGE_OUTCOMES_SELECT,
  stageOutcomesFromFields,
} from './provision-map/mappers';
import { BEST_FIT_SELECT, bestFitFromFields, REFLECTION_SELECT, reflectionFromFields, REVIEW_SELECT, reviewFromFields } from './reviews/mappers';
import type { ListKey } from './schema';
import { INSTITUTION_RECORD_KEY, institutionFromFields, SETTINGS_SELECT, settingsKeyOf } from './settings/mappers';
import { isStatutoryRecord, STATUTORY_SELECT, statutoryFromFields } from './statutory/mappers';

/** What each list is read with, in one place so a full load is a single $batch. */
const READS: readonly (readonly [ListKey, readonly string[]])[] = [
  ['settings', SETTINGS_SELECT],
  ['stageOutcomes', STAGE_OUTCOMES_SELECT],
  ['activities', ACTIVITY_SELECT],
  ['reviews', REVIEW_SELECT],
  ['reflections', REFLECTION_SELECT],
  ['bestFits', BEST_FIT_SELECT],
  ['planPriorities', PRIORITY_SELECT],
  ['planActions', ACTION_SELECT],
  ['statutory', STATUTORY_SELECT],
];

/** Every list's items, in one $batch (plus rounds for lists longer than a page). */
export async function readAllLists(ctx: DataContext, options: CallOptions = {}): Promise<Record<ListKey, Item[]>> {
  const pages = await readManyLists(
    ctx.graph,
    READS.map(([key, select]) => ({ list: listRef(ctx, key), query: { select, top: PAGE_SIZE } })),
    options,
  );
  return Object.fromEntries(READS.map(([key], i) => [key, pages[i] ?? []])) as Record<ListKey, Item[]>;
}

/** Everything the site holds for its institution; null when no institution is set up yet. */
export async function loadInstitution(ctx: DataContext, options: CallOptions = {}): Promise<InstitutionData | null> {
  const items = await readAllLists(ctx, options);
  const settingsItem = items.settings.find((item) => settingsKeyOf(item.fields) === INSTITUTION_RECORD_KEY);
  if (!settingsItem) return null;
  const { institution, institutionVision, careersVision } = institutionFromFields(settingsItem.fields);

  const stageOutcomes: Record<StageId, string[]> = { 'introduce-inspire': [], 'investigate-explore': [], 'apply-demonstrate': [] };
  for (const item of items.stageOutcomes) {
    const value = stageOutcomesFromFields(item.fields);
    if (value) stageOutcomes[value.stage] = [...value.learningOutcomes];
  }

  const reflections = groupBy(mapAll(items.reflections, reflectionFromFields), (r: Reflection) => r.reviewId);
  const bestFits = groupBy(mapAll(items.bestFits, bestFitFromFields), (b: AgreedBestFit) => b.reviewId);
  const reviews: ReviewRecord[] = mapAll(items.reviews, reviewFromFields)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((review) => ({ review, reflections: reflections.get(review.id) ?? [], bestFits: bestFits.get(review.id) ?? [] }));

  const statutoryItem = items.statutory.find((item) => isStatutoryRecord(item.fields));
  const statutory: StatutoryRecord = statutoryItem ? statutoryFromFields(statutoryItem.fields, institution.id) : emptyStatutory(institution.id);

  return {
    institution,
    provisionMap: {
      institutionId: institution.id,
      yearGroups: institution.yearGroups,
      activities: mapAll(ordered(items.activities, activitySortOrder), activityFromFields),
      stageOutcomes,
    },
    reviews,
    plan: {
      institutionId: institution.id,
      institutionVision,
      careersVision,
      priorities: mapAll(ordered(items.planPriorities, prioritySortOrder), priorityFromFields),
      actions: mapAll(ordered(items.planActions, actionSortOrder), actionFromFields),
    },
    statutory,
  };
}

function ordered(items: readonly Item[], order: (fields: Item['fields']) => number | undefined): Item[] {
  return [...items].sort(bySortOrder((item) => order(item.fields)));
}

function mapAll<T>(items: readonly Item[], from: (fields: Item['fields']) => T | null): T[] {
  return items.map((item) => from(item.fields)).filter((v): v is T => v !== null);
}

function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const k = key(value);
    groups.set(k, [...(groups.get(k) ?? []), value]);
  }
  return groups;
}

function emptyStatutory(institutionId: string): StatutoryRecord {
  return {
    institutionId,
    publishedInformation: { careersLeaderContact: false, programmeSummary: false, impactMeasurement: false },
    impartialGuidance: { provided: false },
    destinationsCollected: false,
  };
}
