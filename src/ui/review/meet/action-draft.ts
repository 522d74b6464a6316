import type { ActionPeriod, MaturityRow } from '../../../domain/catalogue/types';
import { nextStepToAction } from '../../../domain/plan/from-review';
import { defaultRag } from '../../../domain/plan/rag';
import type { PlanAction, Rag } from '../../../domain/plan/types';
import type { AgreedBestFit } from '../../../domain/review/types';
import { isIsoDate } from '../../../domain/validation/dates';
import { validatePlanAction } from '../../../domain/validation/plan';
import { errorsByField } from '../../common/field-errors';

/** What the meeting fills in to make an agreed row's next steps an action. Empty strings are "not chosen yet". */
export interface ActionDraft {
  readonly priorityId: string;
  readonly period: ActionPeriod | '';
  readonly lead: string;
  /** yyyy-mm-dd, or empty for the end of the half term. */
  readonly endPoint: string;
  /** Empty: the plan's own rule decides. */
  readonly rag: Rag | '';
}

export const emptyActionDraft: ActionDraft = { priorityId: '', period: '', lead: '', endPoint: '', rag: '' };

/** The RAG status the plan's own rule gives the draft today, before anyone chooses one (amber until a period is chosen). */
export function ruleRag(draft: ActionDraft, today: string): Rag {
  if (draft.period === '') return 'amber';
  const endPoint = isIsoDate(draft.endPoint) ? draft.endPoint : undefined;
  return defaultRag({ completed: false, period: draft.period, ...(endPoint ? { endPoint } : {}) }, today);
}

export type DraftedAction =
  | { readonly ok: true; readonly action: PlanAction }
  | { readonly ok: false; readonly errors: Record<string, string> };

/**
 * The action the draft makes of the row's agreed next steps, by the domain's own rules (`nextStepToAction`: linked to
 * the row and the review, the end of the half term when no end point is given, the plan's RAG rule when none is
 * chosen), then checked as any plan action is (`validatePlanAction`).
 */
export function draftedAction(
  bestFit: AgreedBestFit,
  row: MaturityRow,
  draft: ActionDraft,
  ctx: { readonly actionId: string; readonly priorityIds: readonly string[]; readonly today: string },
): DraftedAction {
  const drafted = nextStepToAction(bestFit, row, {
    id: ctx.actionId,
    priorityId: draft.priorityId,
    // An empty period, or an end point that is not a date, is left for validatePlanAction to name.
    period: draft.period as ActionPeriod,
    lead: draft.lead.trim(),
    today: ctx.today,
    ...(draft.endPoint.trim() !== '' ? { endPoint: draft.endPoint.trim() } : {}),
    ...(draft.rag !== '' ? { rag: draft.rag } : {}),
  });
  const checked = drafted.ok ? validatePlanAction(drafted.value, { priorityIds: ctx.priorityIds }) : drafted;
  return checked.ok ? { ok: true, action: checked.value } : { ok: false, errors: errorsByField(checked.errors) };
}
