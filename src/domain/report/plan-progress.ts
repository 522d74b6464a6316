import { nextStepsWithoutAction } from '../plan/links';
import { overdueActions } from '../plan/overdue';
import { priorityCountAdvice } from '../plan/priorities';
import { ragRollup } from '../plan/rag';
import type { StrategicPlan } from '../plan/types';
import type { AgreedBestFit } from '../review/types';
import type { PlanProgress } from './types';

/** Plan progress at a glance: RAG per priority, what is overdue on `today`, and next steps not yet taken up. */
export function planProgress(plan: StrategicPlan, today: string, latestBestFits: readonly AgreedBestFit[]): PlanProgress {
  const count = (rag: 'red' | 'amber' | 'green'): number => plan.actions.filter((a) => a.rag === rag).length;
  return {
    institutionVision: plan.institutionVision,
    careersVision: plan.careersVision,
    priorityAdvice: priorityCountAdvice(plan),
    rollup: ragRollup(plan),
    overdue: overdueActions(plan, today),
    totals: {
      actions: plan.actions.length,
      completed: plan.actions.filter((a) => a.completed).length,
      red: count('red'),
      amber: count('amber'),
      green: count('green'),
    },
    nextStepsWithoutAction: nextStepsWithoutAction(latestBestFits, plan),
  };
}
