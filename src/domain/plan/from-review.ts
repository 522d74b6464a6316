import { actionPeriods } from '../catalogue/plan';
import type { ActionPeriod, MaturityRow } from '../catalogue/types';
import type { AgreedBestFit } from '../review/types';
import { formatDate, isIsoDate } from '../validation/dates';
import { isFormulaLike } from '../validation/fields';
import type { ValidationResult } from '../validation/result';
import { academicYearOf, startYearOf } from '../academic-year';
import { actionPeriodEnd } from './periods';
import { defaultRag } from './rag';
import type { PlanAction, Priority, Rag } from './types';

export interface DraftActionInput {
  /** Client-generated id for the new action. */
  readonly id: string;
  readonly priorityId: string;
  readonly period: ActionPeriod;
  readonly objectiveId?: string;
  readonly lead?: string;
  /** yyyy-mm-dd. Default: the end of `period` in the academic year the row was agreed (or `today`'s). */
  readonly endPoint?: string;
  /** Default: the plan's own rule, `defaultRag`, on `today`. */
  readonly rag?: Rag;
  /** yyyy-mm-dd; default: the day the row was agreed. */
  readonly today?: string;
}

/**
 * An action made from an agreed review row's next steps, linked to the row and the review so the plan and the
 * review can be read together, and so the plan stops listing that next step as waiting for an action. Without an
 * end point it takes the end of its half term; without a RAG status, the plan's own rule (amber while not yet due).
 */
export function nextStepToAction(
  bestFit: AgreedBestFit,
  row: MaturityRow,
  input: DraftActionInput,
): ValidationResult<PlanAction> {
  if (bestFit.rowId !== row.id) {
    const message = `This agreed best fit is for row ${bestFit.rowId}, not ${row.id}.`;
    return { ok: false, errors: [{ field: 'rowId', message }] };
  }
  const nextSteps = bestFit.nextSteps.trim();
  if (nextSteps === '') {
    return {
      ok: false,
      errors: [{ field: 'nextSteps', message: `Row ${row.id} has no agreed next steps to turn into an action yet.` }],
    };
  }
  const agreedOn = bestFit.agreedAt.slice(0, 10);
  const today = input.today ?? (isIsoDate(agreedOn) ? agreedOn : undefined);
  // An unknown period (say, none chosen yet) is left for validatePlanAction to name; it gives no default to compute.
  const judged = today !== undefined && actionPeriods.includes(input.period) ? today : undefined;
  const endPoint = input.endPoint ?? (judged !== undefined ? actionPeriodEnd(input.period, startYearOf(academicYearOf(judged))) : undefined);
  const timing = { completed: false, period: input.period, ...(endPoint !== undefined ? { endPoint } : {}) };
  const value: PlanAction = {
    id: input.id,
    priorityId: input.priorityId,
    ...(input.objectiveId !== undefined ? { objectiveId: input.objectiveId } : {}),
    action: nextSteps,
    lead: input.lead ?? '',
    progress: '',
    impactEvidence: '',
    // With no date to judge by, it cannot be overdue yet.
    rag: input.rag ?? (judged !== undefined ? defaultRag(timing, judged) : 'amber'),
    evidenceList: [],
    maturityRows: [row.id],
    fromReview: { reviewId: bestFit.reviewId, rowId: row.id },
    ...timing,
  };
  return { ok: true, value, formulaLike: isFormulaLike(nextSteps) ? ['action'] : [] };
}

/** The confirmation after making an action: where it went in the plan, so nobody has to look for it. */
export function actionPlacedMessage(action: PlanAction, priority: Pick<Priority, 'title'>): string {
  const lead = action.lead.trim() ? `, led by ${action.lead.trim()}` : '';
  const end = action.endPoint && isIsoDate(action.endPoint) ? `, end point ${formatDate(action.endPoint)}` : '';
  return `Added to the action plan under “${priority.title}”: ${action.period}${lead}${end}.`;
}
