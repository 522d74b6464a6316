import type { AcademicYear } from '../domain/academic-year';
import type { StageId } from '../domain/catalogue/types';
import type { InstitutionData, ReviewRecord } from '../domain/institution-data';
import type { AgreedBestFit, Reflection } from '../domain/review/types';
import type { StatutoryRecord } from '../domain/statutory/types';
import type { Item } from '../graph/list-items';
import { readManyLists } from '../graph/list-items-batch';
import { type DataContext, listRef } from './data-context';
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
import { PER_YEAR_LISTS } from './schema/lists';
import { INSTITUTION_RECORD_KEY, institutionFromFields, SETTINGS_SELECT, settingsKeyOf } from './settings/mappers';
import { isStatutoryRecord, STATUTORY_SELECT, statutoryFromFields } from './statutory/mappers';
import { callOptions, inYear, yearOf, type YearOptions } from './year-scope';

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

const isPerYear = (key: ListKey): boolean => (PER_YEAR_LISTS as readonly ListKey[]).includes(key);

/**
 * Every list's items, in one $batch (plus rounds for lists longer than a page); the per-year
 * lists only for `year` (default: the year we are in today), by the indexed AcademicYear filter.
 */
export async function readAllLists(ctx: DataContext, options: YearOptions = {}): Promise<Record<ListKey, Item[]>> {
  const filter = inYear(yearOf(options));
  const pages = await readManyLists(
    ctx.graph,
    READS.map(([key, select]) => ({ list: listRef(ctx, key), query: { select, top: PAGE_SIZE, ...(isPerYear(key) ? { filter } : {}) } })),
    callOptions(options),
  );
  return Object.fromEntries(READS.map(([key], i) => [key, pages[i] ?? []])) as Record<ListKey, Item[]>;
}

/**
 * Everything the site holds for its institution in one academic year (`year`, default: the year
 * we are in today), with every review; null when no institution is set up yet.
 */
export async function loadInstitution(ctx: DataContext, options: YearOptions = {}): Promise<InstitutionData | null> {
  const year: AcademicYear = yearOf(options);
  const items = await readAllLists(ctx, { ...options, year });
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
  const statutory: StatutoryRecord = statutoryItem ? statutoryFromFields(statutoryItem.fields, institution.id) : emptyStatutory(institution.id, year);

  return {
    institution,
    academicYear: year,
    provisionMap: {
      institutionId: institution.id,
      academicYear: year,
      yearGroups: institution.yearGroups,
      activities: mapAll(ordered(items.activities, activitySortOrder), activityFromFields),
      stageOutcomes,
    },
    reviews,
    plan: {
      institutionId: institution.id,
      academicYear: year,
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

function emptyStatutory(institutionId: string, academicYear: AcademicYear): StatutoryRecord {
  return {
    institutionId,
    academicYear,
    publishedInformation: { careersLeaderContact: false, programmeSummary: false, impactMeasurement: false },
    impartialGuidance: { provided: false },
    destinationsCollected: false,
  };
}
