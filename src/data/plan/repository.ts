import type { PlanAction, Priority } from '../../domain/plan/types';
import type { Item } from '../../graph/list-items';
import { readManyLists } from '../../graph/list-items-batch';
import { type CallOptions, type DataContext, listRef } from '../data-context';
import { bySortOrder } from '../fields';
import { PAGE_SIZE } from '../page-size';
import { type Codec, deleteMany, fromItems, type SaveEntry, type SaveOutcome, saveMany } from '../save';
import {
  ACTION_SELECT,
  actionFromFields,
  actionSortOrder,
  actionToFields,
  PRIORITY_SELECT,
  priorityFromFields,
  prioritySortOrder,
  priorityToFields,
} from './mappers';
import type { ItemVersion, Versioned } from '../../shared/versioned';

/** An entry to save with its place in the plan (index in the plan's array). */
export interface OrderedEntry<T> extends SaveEntry<T> {
  readonly sortOrder: number;
}

export const priorityCodec = (orders: readonly number[]): Codec<Priority> => ({
  list: 'planPriorities',
  select: PRIORITY_SELECT,
  toFields: (priority, index) => priorityToFields(priority, orders[index]),
  fromFields: priorityFromFields,
});

export const actionCodec = (orders: readonly number[]): Codec<PlanAction> => ({
  list: 'planActions',
  select: ACTION_SELECT,
  toFields: (action, index) => actionToFields(action, orders[index]),
  fromFields: actionFromFields,
});

export interface LoadedPlan {
  readonly priorities: readonly Versioned<Priority>[];
  readonly actions: readonly Versioned<PlanAction>[];
}

/** Priorities and actions of the strategic careers plan (its visions live in Settings). */
export function createPlanRepository(ctx: DataContext) {
  return {
    async load(options: CallOptions = {}): Promise<LoadedPlan> {
      const [priorities, actions] = await readManyLists(
        ctx.graph,
        [
          { list: listRef(ctx, 'planPriorities'), query: { select: PRIORITY_SELECT, top: PAGE_SIZE } },
          { list: listRef(ctx, 'planActions'), query: { select: ACTION_SELECT, top: PAGE_SIZE } },
        ],
        options,
      );
      return {
        priorities: inOrder(priorities ?? [], prioritySortOrder, priorityFromFields),
        actions: inOrder(actions ?? [], actionSortOrder, actionFromFields),
      };
    },

    savePriorities(entries: readonly OrderedEntry<Priority>[], options: CallOptions = {}): Promise<SaveOutcome<Priority>[]> {
      return saveMany(ctx, priorityCodec(entries.map((e) => e.sortOrder)), entries, options);
    },

    saveActions(entries: readonly OrderedEntry<PlanAction>[], options: CallOptions = {}): Promise<SaveOutcome<PlanAction>[]> {
      return saveMany(ctx, actionCodec(entries.map((e) => e.sortOrder)), entries, options);
    },

    deletePriorities(versions: readonly ItemVersion[], options: CallOptions = {}) {
      return deleteMany(ctx, 'planPriorities', versions, options);
    },

    deleteActions(versions: readonly ItemVersion[], options: CallOptions = {}) {
      return deleteMany(ctx, 'planActions', versions, options);
    },
  };
}

function inOrder<T>(items: readonly Item[], order: (fields: Item['fields']) => number | undefined, from: (fields: Item['fields']) => T | null) {
  return fromItems([...items].sort(bySortOrder((item) => order(item.fields))), from);
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;
