import type { ActionPeriod, MaturityRow } from '../../domain/catalogue/types';
import { nextStepToAction } from '../../domain/plan/from-review';
import { defaultRag } from '../../domain/plan/rag';
import type { PlanAction, Priority, Rag } from '../../domain/plan/types';
import type { AgreedBestFit } from '../../domain/review/types';
import { isIsoDate } from '../../domain/validation/dates';
import { validatePlanAction, validatePriority } from '../../domain/validation/plan';
import { errorsByField } from './field-errors';

/** The choice value for "a new priority" in the priority list. */
export const NEW_PRIORITY = 'new';

/** What someone fills in to make an agreed row's next steps an action. Empty strings are "not chosen yet". */
export interface NextStepDraft {
  /** An existing priority's id, or NEW_PRIORITY. */
  readonly priorityId: string;
  /** The new priority's title and problem, when one is being made. */
  readonly title: string;
  readonly problem: string;
  readonly period: ActionPeriod | '';
  readonly lead: string;
  /** yyyy-mm-dd, or empty for the end of the half term. */
  readonly endPoint: string;
  /** Empty: the plan's own rule decides. */
  readonly rag: Rag | '';
}

export const emptyNextStepDraft: NextStepDraft = { priorityId: '', title: '', problem: '', period: '', lead: '', endPoint: '', rag: '' };

/** The RAG status the plan's own rule gives the draft today, before anyone chooses one (amber until a period is chosen). */
export function ruleRag(draft: NextStepDraft, today: string): Rag {
  if (draft.period === '') return 'amber';
  const endPoint = isIsoDate(draft.endPoint) ? draft.endPoint : undefined;
  return defaultRag({ completed: false, period: draft.period, ...(endPoint ? { endPoint } : {}) }, today);
}

/** What the next step becomes: an action, and the new priority it serves when one was asked for. */
export interface MadeFromNextStep {
  readonly priority?: Priority;
  readonly action: PlanAction;
}

export type NextStepPlan = ({ readonly ok: true } & MadeFromNextStep) | { readonly ok: false; readonly errors: Record<string, string> };

/**
 * The action (and, if asked for, the new priority linked to the same row) the draft makes of the row's agreed next
 * steps, by the domain's own rules (`nextStepToAction`: linked to the row and the review, the end of the half term
 * when no end point is given, the plan's RAG rule when none is chosen), then checked by `validatePriority` and
 * `validatePlanAction`.
 */
export function planNextStep(
  bestFit: AgreedBestFit,
  row: MaturityRow,
  draft: NextStepDraft,
  ctx: { readonly priorityIds: readonly string[]; readonly newPriorityId: string; readonly actionId: string; readonly today: string },
): NextStepPlan {
  const making = draft.priorityId === NEW_PRIORITY;
  const priority = making
    ? validatePriority({ id: ctx.newPriorityId, title: draft.title, problem: draft.problem, maturityRows: [row.id], objectives: [] })
    : undefined;
  const priorityId = making ? ctx.newPriorityId : draft.priorityId;
  const drafted = nextStepToAction(bestFit, row, {
    id: ctx.actionId,
    priorityId,
    // An empty period, or an end point that is not a date, is left for validatePlanAction to name.
    period: draft.period as ActionPeriod,
    lead: draft.lead.trim(),
    today: ctx.today,
    ...(draft.endPoint.trim() !== '' ? { endPoint: draft.endPoint.trim() } : {}),
    ...(draft.rag !== '' ? { rag: draft.rag } : {}),
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
