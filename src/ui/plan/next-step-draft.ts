import type { ActionPeriod, MaturityRow } from '../../domain/catalogue/types';
import { nextStepToAction } from '../../domain/plan/from-review';
import type { PlanAction, Priority } from '../../domain/plan/types';
import type { AgreedBestFit } from '../../domain/review/types';
import { validatePlanAction, validatePriority } from '../../domain/validation/plan';
import { errorsByField } from '../common/field-errors';

/** The choice value for "a new priority" in the priority list. */
export const NEW_PRIORITY = 'new';

export interface NextStepDraft {
  /** An existing priority's id, or NEW_PRIORITY. */
  readonly priorityId: string;
  /** The new priority's title and problem, when one is being made. */
  readonly title: string;
  readonly problem: string;
  readonly period: ActionPeriod | '';
  readonly lead: string;
}

export const emptyNextStepDraft: NextStepDraft = { priorityId: '', title: '', problem: '', period: '', lead: '' };

export type NextStepPlan =
  | { readonly ok: true; readonly priority?: Priority; readonly action: PlanAction }
  | { readonly ok: false; readonly errors: Record<string, string> };

/**
 * The action (and, if asked for, the new priority linked to the same row) a next step becomes, checked by the
 * domain's own rules: `nextStepToAction`, then `validatePriority` and `validatePlanAction`.
 */
export function planNextStep(
  bestFit: AgreedBestFit,
  row: MaturityRow,
  draft: NextStepDraft,
  ctx: { readonly priorityIds: readonly string[]; readonly newPriorityId: string; readonly actionId: string },
): NextStepPlan {
  const making = draft.priorityId === NEW_PRIORITY;
  const priority = making
    ? validatePriority({ id: ctx.newPriorityId, title: draft.title, problem: draft.problem, maturityRows: [row.id], objectives: [] })
    : undefined;
  const priorityId = making ? ctx.newPriorityId : draft.priorityId;
  const drafted = nextStepToAction(bestFit, row, {
    id: ctx.actionId,
    priorityId,
    // An empty period is left for validatePlanAction to name.
    period: draft.period as ActionPeriod,
    lead: draft.lead,
  });
  const priorityIds = making ? [...ctx.priorityIds, priorityId] : ctx.priorityIds;
  const action = drafted.ok ? validatePlanAction(drafted.value, { priorityIds }) : drafted;
  if (action.ok && (!priority || priority.ok)) {
    return { ok: true, ...(priority?.ok ? { priority: priority.value } : {}), action: action.value };
  }
  return {
    ok: false,
    errors: { ...(priority && !priority.ok ? errorsByField(priority.errors) : {}), ...(action.ok ? {} : errorsByField(action.errors)) },
  };
}
