import type { AcademicYear } from '../../domain/academic-year';
import type { GraphError } from '../../shared/service-error';
import type { Activity } from '../../domain/provision-map/types';
import { listDelta } from '../../graph/delta';
import { type Item } from '../../graph/list-items';
import { readManyLists } from '../../graph/list-items-batch';
import type { ItemVersion, Versioned } from '../../shared/versioned';
import { type DataContext, listRef } from '../data-context';
import { bySortOrder } from '../fields';
import { PAGE_SIZE } from '../page-size';
import { type Codec, deleteMany, fromItems, type SaveEntry, type SaveOutcome, saveMany, saveOne } from '../save';
import { callOptions, inYear, yearOf, type YearOptions } from '../year-scope';
import {
  ACTIVITY_SELECT,
  activityFromFields,
  activitySortOrder,
  activityToFields,
  STAGE_OUTCOMES_SELECT,
  type StageOutcomes,
  stageOutcomesFromFields,
  stageOutcomesToFields,
} from './mappers';

export /** A full enumeration of a very large map in few, large pages (SharePoint serves up to 5,000). */
const DELTA_PAGE_SIZE = 5000;

/** Stage outcomes of `year` (a value carrying its own year keeps it). */
export const stageOutcomesCodec = (year: AcademicYear): Codec<StageOutcomes> => ({
  list: 'stageOutcomes',
  select: STAGE_OUTCOMES_SELECT,
  toFields: (value) => stageOutcomesToFields(value, year),
  fromFields: stageOutcomesFromFields,
});

/** Activities of the map of `year` (an activity carrying its own year keeps it). */
export const activityCodec = (year: AcademicYear, firstSortOrder?: number): Codec<Activity> => ({
  list: 'activities',
  select: ACTIVITY_SELECT,
  // New activities are numbered in publishing order; an update keeps its place.
  toFields: (activity, index) => activityToFields(activity, year, firstSortOrder === undefined ? undefined : firstSortOrder + index),
  fromFields: activityFromFields,
});

export interface LoadedProvisionMap {
  readonly activities: readonly Versioned<Activity>[];
  readonly stageOutcomes: readonly Versioned<StageOutcomes>[];
}

/** What one "publish" from the Excel pane sends: new, changed and removed activities. */
export interface ActivityChanges {
  readonly create?: readonly Activity[];
  readonly update?: readonly { readonly value: Activity; readonly version: ItemVersion }[];
  readonly delete?: readonly ItemVersion[];
}

export interface PublishResult {
  readonly created: readonly SaveOutcome<Activity>[];
  readonly updated: readonly SaveOutcome<Activity>[];
  readonly deleted: readonly { readonly ok: boolean; readonly error?: GraphError }[];
}

export interface ActivityRefresh {
  /** Activities of the year created or changed, including those whose year was changed to this one. */
  readonly changed: readonly Versioned<Activity>[];
  /**
   * Items that are no longer on the year's map: changed to another year, or deleted. Graph reports a deletion
   * by id alone, with no fields, so a deleted item's year cannot be known: ids of other years' deletions are
   * here too, and match nothing the caller holds of this year.
   */
  readonly removedItemIds: readonly string[];
  readonly deltaLink: string;
  /** True: `changed` is the whole map; replace what you hold rather than merge. */
  readonly resynced: boolean;
}

/**
 * The provision map of one academic year at a time: every method takes `year` (default: the
 * year we are in today) and reads or writes only that year's items.
 */
export function createProvisionMapRepository(ctx: DataContext) {
  return {
    /** The learning outcomes chosen for each stage in the year, without the activities. */
    async loadStageOutcomes(options: YearOptions = {}): Promise<Versioned<StageOutcomes>[]> {
      const query = { select: STAGE_OUTCOMES_SELECT, filter: inYear(yearOf(options)), top: PAGE_SIZE };
      const [items] = await readManyLists(ctx.graph, [{ list: listRef(ctx, 'stageOutcomes'), query }], callOptions(options));
      return fromItems(items ?? [], stageOutcomesFromFields);
    },

    /** Activities (in published order) and stage outcomes of the year: one $batch of two filtered reads. */
    async load(options: YearOptions = {}): Promise<LoadedProvisionMap> {
      const filter = inYear(yearOf(options));
      const [activities, stageOutcomes] = await readManyLists(
        ctx.graph,
        [
          { list: listRef(ctx, 'activities'), query: { select: ACTIVITY_SELECT, filter, top: PAGE_SIZE } },
          { list: listRef(ctx, 'stageOutcomes'), query: { select: STAGE_OUTCOMES_SELECT, filter, top: PAGE_SIZE } },
        ],
        callOptions(options),
      );
      return { activities: activitiesInOrder(activities ?? []), stageOutcomes: fromItems(stageOutcomes ?? [], stageOutcomesFromFields) };
    },

    /**
     * Creates, changes and removes activities in ≤ 20-item $batch envelopes (300 new = 15
     * requests; one change = one plain PATCH). `firstSortOrder` numbers new activities after
     * those already on the map.
     */
    async publish(changes: ActivityChanges, options: YearOptions & { readonly firstSortOrder?: number } = {}): Promise<PublishResult> {
      const year = yearOf(options);
      const call = callOptions(options);
      const created = await saveMany(ctx, activityCodec(year, options.firstSortOrder ?? 0), (changes.create ?? []).map((value) => ({ value })), call);
      const updated = await saveMany(ctx, activityCodec(year), changes.update ?? [], call);
      const deleted = await deleteMany(ctx, 'activities', changes.delete ?? [], call);
      return { created, updated, deleted };
    },

    /** One activity changed: one request, guarded by its eTag. Throws ConflictError<Activity>. */
    update(activity: Activity, version: ItemVersion, options: YearOptions = {}): Promise<Versioned<Activity>> {
      return saveOne(ctx, activityCodec(yearOf(options)), { value: activity, version }, callOptions(options));
    },

    saveStageOutcomes(entries: readonly SaveEntry<StageOutcomes>[], options: YearOptions = {}): Promise<SaveOutcome<StageOutcomes>[]> {
      return saveMany(ctx, stageOutcomesCodec(yearOf(options)), entries, callOptions(options));
    },

    /**
     * What changed on the year's map since `deltaLink` (one small request when little did); omit it to start.
     * Graph's delta cannot be filtered, so it reports every year's changes: here each changed activity is sorted
     * by its year — this year's are `changed`, another year's are `removedItemIds` (it may have just been moved
     * out of this year; if it never was in it, the caller holds no such id).
     */
    async refresh(deltaLink?: string, options: YearOptions = {}): Promise<ActivityRefresh> {
      const year = yearOf(options);
      const result = await listDelta(ctx.graph, listRef(ctx, 'activities'), {
        select: ACTIVITY_SELECT,
        pageSize: DELTA_PAGE_SIZE,
        ...(deltaLink ? { deltaLink } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      // An activity saved without a year (before schema 2) is on the map of the year asked for.
      const inThisYear = (a: Versioned<Activity>): boolean => (a.value.academicYear ?? year) === year;
      const changed = activitiesInOrder(result.changed);
      return {
        changed: changed.filter(inThisYear),
        removedItemIds: [...result.deletedItemIds, ...changed.filter((a) => !inThisYear(a)).map((a) => a.itemId)],
        deltaLink: result.deltaLink,
        resynced: result.resynced,
      };
    },
  };
}

function activitiesInOrder(items: readonly Item[]): Versioned<Activity>[] {
  return fromItems([...items].sort(bySortOrder((item) => activitySortOrder(item.fields))), activityFromFields);
}

export type ProvisionMapRepository = ReturnType<typeof createProvisionMapRepository>;
