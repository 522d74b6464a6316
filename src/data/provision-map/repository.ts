import type { GraphError } from '../../shared/service-error';
import type { Activity } from '../../domain/provision-map/types';
import { listDelta } from '../../graph/delta';
import { type Item } from '../../graph/list-items';
import { readManyLists } from '../../graph/list-items-batch';
import { type CallOptions, type DataContext, listRef } from '../data-context';
import { bySortOrder } from '../fields';
import { PAGE_SIZE } from '../page-size';
import { type Codec, deleteMany, fromItems, type SaveEntry, type SaveOutcome, saveMany, saveOne } from '../save';
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
import type { ItemVersion, Versioned } from '../../shared/versioned';

export /** A full enumeration of a very large map in few, large pages (SharePoint serves up to 5,000). */
const DELTA_PAGE_SIZE = 5000;

export const stageOutcomesCodec: Codec<StageOutcomes> = {
  list: 'stageOutcomes',
  select: STAGE_OUTCOMES_SELECT,
  toFields: stageOutcomesToFields,
  fromFields: stageOutcomesFromFields,
};

export const activityCodec = (firstSortOrder?: number): Codec<Activity> => ({
  list: 'activities',
  select: ACTIVITY_SELECT,
  // New activities are numbered in publishing order; an update keeps its place.
  toFields: (activity, index) => activityToFields(activity, firstSortOrder === undefined ? undefined : firstSortOrder + index),
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
  readonly changed: readonly Versioned<Activity>[];
  readonly deletedItemIds: readonly string[];
  readonly deltaLink: string;
  /** True: `changed` is the whole map; replace what you hold rather than merge. */
  readonly resynced: boolean;
}

export function createProvisionMapRepository(ctx: DataContext) {
  return {
    /** Activities (in published order) and stage outcomes: one $batch. */
    async load(options: CallOptions = {}): Promise<LoadedProvisionMap> {
      const [activities, stageOutcomes] = await readManyLists(
        ctx.graph,
        [
          { list: listRef(ctx, 'activities'), query: { select: ACTIVITY_SELECT, top: PAGE_SIZE } },
          { list: listRef(ctx, 'stageOutcomes'), query: { select: STAGE_OUTCOMES_SELECT, top: PAGE_SIZE } },
        ],
        options,
      );
      return { activities: activitiesInOrder(activities ?? []), stageOutcomes: fromItems(stageOutcomes ?? [], stageOutcomesFromFields) };
    },

    /**
     * Creates, changes and removes activities in ≤ 20-item $batch envelopes (300 new = 15
     * requests; one change = one plain PATCH). `firstSortOrder` numbers new activities after
     * those already on the map.
     */
    async publish(changes: ActivityChanges, options: CallOptions & { readonly firstSortOrder?: number } = {}): Promise<PublishResult> {
      const created = await saveMany(ctx, activityCodec(options.firstSortOrder ?? 0), (changes.create ?? []).map((value) => ({ value })), options);
      const updated = await saveMany(ctx, activityCodec(), changes.update ?? [], options);
      const deleted = await deleteMany(ctx, 'activities', changes.delete ?? [], options);
      return { created, updated, deleted };
    },

    /** One activity changed: one request, guarded by its eTag. Throws ConflictError<Activity>. */
    update(activity: Activity, version: ItemVersion, options: CallOptions = {}): Promise<Versioned<Activity>> {
      return saveOne(ctx, activityCodec(), { value: activity, version }, options);
    },

    saveStageOutcomes(entries: readonly SaveEntry<StageOutcomes>[], options: CallOptions = {}): Promise<SaveOutcome<StageOutcomes>[]> {
      return saveMany(ctx, stageOutcomesCodec, entries, options);
    },

    /** What changed since `deltaLink` (one small request when little did); omit it to start. */
    async refresh(deltaLink?: string, options: CallOptions = {}): Promise<ActivityRefresh> {
      const result = await listDelta(ctx.graph, listRef(ctx, 'activities'), {
        select: ACTIVITY_SELECT,
        pageSize: DELTA_PAGE_SIZE,
        ...(deltaLink ? { deltaLink } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return {
        changed: activitiesInOrder(result.changed),
        deletedItemIds: result.deletedItemIds,
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
