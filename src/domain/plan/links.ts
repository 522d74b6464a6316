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

/**
 * Agreed next steps that no action in the plan takes forward yet: rows with next steps written, and no action made
 * from that row of that review, nor any action linked to the row.
 */
export function nextStepsWithoutAction(bestFits: readonly AgreedBestFit[], plan: StrategicPlan): AgreedBestFit[] {
  const links = planLinksByRow(plan);
  return bestFits.filter((b) => b.nextSteps.trim() !== '' && (links.get(b.rowId)?.actions.length ?? 0) === 0);
}
