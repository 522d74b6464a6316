import type { AcademicYear } from '../../domain/academic-year';
import type { PlanAction, Priority } from '../../domain/plan/types';
import type { Item } from '../../graph/list-items';
import { readManyLists } from '../../graph/list-items-batch';
import type { ItemVersion, Versioned } from '../../shared/versioned';
import { type CallOptions, type DataContext, listRef } from '../data-context';
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
  readonly academicYear: AcademicYear;
  readonly priorities: readonly Versioned<Priority>[];
  readonly actions: readonly Versioned<PlanAction>[];
}

/**
 * Priorities and actions of the strategic careers plan of one academic year (`year`, default:
 * the year we are in today); its visions live in Settings and span the years.
 */
export function createPlanRepository(ctx: DataContext) {
  /** The plans of several years (year on year), in the order asked, in one round trip for up to ten years. */
  async function loadYears(years: readonly AcademicYear[], options: CallOptions = {}): Promise<LoadedPlan[]> {
    const pages = await readManyLists(
      ctx.graph,
      years.flatMap((year) => [
        { list: listRef(ctx, 'planPriorities'), query: { select: PRIORITY_SELECT, filter: inYear(year), top: PAGE_SIZE } },
        { list: listRef(ctx, 'planActions'), query: { select: ACTION_SELECT, filter: inYear(year), top: PAGE_SIZE } },
      ]),
      options,
    );
    return years.map((academicYear, i) => ({
      academicYear,
      priorities: inOrder(pages[2 * i] ?? [], prioritySortOrder, priorityFromFields),
      actions: inOrder(pages[2 * i + 1] ?? [], actionSortOrder, actionFromFields),
    }));
  }

  return {
    async load(options: YearOptions = {}): Promise<LoadedPlan> {
      const [plan] = await loadYears([yearOf(options)], callOptions(options));
      return plan!;
    },

    loadYears,

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
