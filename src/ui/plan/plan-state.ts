import type { PlanAction, Priority, StrategicPlan } from '../../domain/plan/types';
import type { LoadedPlan, PlanVisions } from './plan-data';
import type { Versioned } from '../../shared/versioned';

/** The plan as this browser holds it: every item with the version its next save must quote. */
export interface PlanState {
  readonly institutionId: string;
  readonly visions: Versioned<PlanVisions>;
  readonly priorities: readonly Versioned<Priority>[];
  readonly actions: readonly Versioned<PlanAction>[];
}

export const planStateOf = (loaded: LoadedPlan): PlanState => ({
  institutionId: loaded.institution.id,
  visions: loaded.visions,
  priorities: loaded.priorities,
  actions: loaded.actions,
});

/** The domain's view of the plan, for its rules (RAG roll-up, overdue, links). */
export function strategicPlan(state: PlanState): StrategicPlan {
  return {
    institutionId: state.institutionId,
    institutionVision: state.visions.value.institutionVision,
    careersVision: state.visions.value.careersVision,
    priorities: state.priorities.map((p) => p.value),
    actions: state.actions.map((a) => a.value),
  };
}

/** Puts a saved item in place of the one with the same id, or at the end when it is new. */
export function upsert<T extends { readonly id: string }>(list: readonly Versioned<T>[], saved: Versioned<T>): Versioned<T>[] {
  const at = list.findIndex((v) => v.value.id === saved.value.id);
  return at === -1 ? [...list, saved] : list.map((v, i) => (i === at ? saved : v));
}

export function without<T extends { readonly id: string }>(list: readonly Versioned<T>[], id: string): Versioned<T>[] {
  return list.filter((v) => v.value.id !== id);
}

/** Applies the stored version someone else saved (or their deletion of the item with `id`). */
export function takeTheirs<T extends { readonly id: string }>(
  list: readonly Versioned<T>[],
  id: string,
  theirs: Versioned<T> | null,
): Versioned<T>[] {
  return theirs ? upsert(list, theirs) : without(list, id);
}

/** Where a new item goes: after everything in the list (SortOrder is its index). */
export const nextSortOrder = (list: readonly unknown[]): number => list.length;

/** The index a saved item keeps (its place in the plan). */
export function sortOrderOf<T extends { readonly id: string }>(list: readonly Versioned<T>[], id: string): number {
  const at = list.findIndex((v) => v.value.id === id);
  return at === -1 ? list.length : at;
}
