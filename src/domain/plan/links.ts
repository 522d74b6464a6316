import type { AgreedBestFit } from '../review/types';
import type { PlanAction, Priority, StrategicPlan } from './types';

export interface RowLinks {
  readonly priorities: readonly Priority[];
  readonly actions: readonly PlanAction[];
}

/** For each maturity row, the priorities and actions that say they address it (directly or via a review). */
export function planLinksByRow(plan: StrategicPlan): Map<string, RowLinks> {
  const out = new Map<string, { priorities: Priority[]; actions: PlanAction[] }>();
  const entry = (rowId: string) => {
    let e = out.get(rowId);
    if (!e) out.set(rowId, (e = { priorities: [], actions: [] }));
    return e;
  };
  for (const p of plan.priorities) for (const rowId of new Set(p.maturityRows)) entry(rowId).priorities.push(p);
  for (const a of plan.actions) {
    const rows = new Set([...a.maturityRows, ...(a.fromReview ? [a.fromReview.rowId] : [])]);
    for (const rowId of rows) entry(rowId).actions.push(a);
  }
  return out;
}

/** An agreed row's next steps that no action takes forward yet, with older actions on the same row for context. */
export interface NextStepWithoutAction extends AgreedBestFit {
  /** Actions linked to this row from elsewhere (an earlier review, or linked by hand): they do not take this next step forward. */
  readonly otherActionsOnRow: readonly PlanAction[];
}

/**
 * The next steps of a review that have no action yet, one entry per next step (an agreed row's next steps), in the
 * order given. Only an action made from that very next step — same review, same row — takes it forward; an older
 * action that mentions the row does not hide it, and the review's status does not matter.
 */
export function nextStepsWithoutAction(bestFits: readonly AgreedBestFit[], plan: StrategicPlan): NextStepWithoutAction[] {
  const taken = new Set(plan.actions.flatMap((a) => (a.fromReview ? [stepKey(a.fromReview)] : [])));
  const links = planLinksByRow(plan);
  return bestFits
    .filter((b) => b.nextSteps.trim() !== '' && !taken.has(stepKey(b)))
    .map((b) => ({ ...b, otherActionsOnRow: links.get(b.rowId)?.actions ?? [] }));
}

const stepKey = (s: { readonly reviewId: string; readonly rowId: string }): string => `${s.reviewId}|${s.rowId}`;
