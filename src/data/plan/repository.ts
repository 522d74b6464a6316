import type { AcademicYear } from '../../domain/academic-year';
import type { PlanAction, Priority } from '../../domain/plan/types';
import type { Item } from '../../graph/list-items';
import { readManyLists } from '../../graph/list-items-batch';
import type { ItemVersion, Versioned } from '../../shared/versioned';
import { type DataContext, listRef } from '../data-context';
import { bySortOrder } from '../fields';
import { PAGE_SIZE } from '../page-size';
import { type Codec, deleteMany, fromItems, type SaveEntry, type SaveOutcome, saveMany } from '../save';
import { callOptions, inYear, yearOf, type YearOptions } from '../year-scope';
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

/** An entry to save with its place in the plan (index in the plan's array). */
export interface OrderedEntry<T> extends SaveEntry<T> {
  readonly sortOrder: number;
}

export const priorityCodec = (year: AcademicYear, orders: readonly number[]): Codec<Priority> => ({
  list: 'planPriorities',
  select: PRIORITY_SELECT,
  toFields: (priority, index) => priorityToFields(priority, year, orders[index]),
  fromFields: priorityFromFields,
});

export const actionCodec = (year: AcademicYear, orders: readonly number[]): Codec<PlanAction> => ({
  list: 'planActions',
  select: ACTION_SELECT,
  toFields: (action, index) => actionToFields(action, year, orders[index]),
  fromFields: actionFromFields,
});

export interface LoadedPlan {
  readonly priorities: readonly Versioned<Priority>[];
  readonly actions: readonly Versioned<PlanAction>[];
}

/**
 * Priorities and actions of the strategic careers plan of one academic year (`year`, default:
 * the year we are in today); its visions live in Settings and span the years.
 */
export function createPlanRepository(ctx: DataContext) {
  return {
    async load(options: YearOptions = {}): Promise<LoadedPlan> {
      const filter = inYear(yearOf(options));
      const [priorities, actions] = await readManyLists(
        ctx.graph,
        [
          { list: listRef(ctx, 'planPriorities'), query: { select: PRIORITY_SELECT, filter, top: PAGE_SIZE } },
          { list: listRef(ctx, 'planActions'), query: { select: ACTION_SELECT, filter, top: PAGE_SIZE } },
        ],
        callOptions(options),
      );
      return {
        priorities: inOrder(priorities ?? [], prioritySortOrder, priorityFromFields),
        actions: inOrder(actions ?? [], actionSortOrder, actionFromFields),
      };
    },

    savePriorities(entries: readonly OrderedEntry<Priority>[], options: YearOptions = {}): Promise<SaveOutcome<Priority>[]> {
      return saveMany(ctx, priorityCodec(yearOf(options), entries.map((e) => e.sortOrder)), entries, callOptions(options));
    },

    saveActions(entries: readonly OrderedEntry<PlanAction>[], options: YearOptions = {}): Promise<SaveOutcome<PlanAction>[]> {
      return saveMany(ctx, actionCodec(yearOf(options), entries.map((e) => e.sortOrder)), entries, callOptions(options));
    },

    deletePriorities(versions: readonly ItemVersion[], options: YearOptions = {}) {
      return deleteMany(ctx, 'planPriorities', versions, callOptions(options));
    },

    deleteActions(versions: readonly ItemVersion[], options: YearOptions = {}) {
      return deleteMany(ctx, 'planActions', versions, callOptions(options));
    },
  };
}

function inOrder<T>(items: readonly Item[], order: (fields: Item['fields']) => number | undefined, from: (fields: Item['fields']) => T | null) {
  return fromItems([...items].sort(bySortOrder((item) => order(item.fields))), from);
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;
