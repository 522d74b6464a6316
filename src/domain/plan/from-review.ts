import type { ActionPeriod, MaturityRow } from '../catalogue/types';
import type { AgreedBestFit } from '../review/types';
import { isFormulaLike } from '../validation/fields';
import type { ValidationResult } from '../validation/result';
import type { PlanAction } from './types';

export interface DraftActionInput {
  /** Client-generated id for the new action. */
  readonly id: string;
  readonly priorityId: string;
  readonly period: ActionPeriod;
  readonly objectiveId?: string;
  readonly lead?: string;
}

/**
 * A draft action made from an agreed review row's next steps, linked to the row and the review so the plan and
 * the review can be read together. The draft is red: in a school action plan red means "not started yet".
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
  const value: PlanAction = {
    id: input.id,
    priorityId: input.priorityId,
    ...(input.objectiveId !== undefined ? { objectiveId: input.objectiveId } : {}),
    action: nextSteps,
    lead: input.lead ?? '',
    period: input.period,
    progress: '',
    impactEvidence: '',
    rag: 'red',
    evidenceList: [],
    maturityRows: [row.id],
    fromReview: { reviewId: bestFit.reviewId, rowId: row.id },
    completed: false,
  };
  return { ok: true, value, formulaLike: isFormulaLike(nextSteps) ? ['action'] : [] };
}
