import { daysBetween } from '../validation/dates';
import { dueDate } from './overdue';
import { academicYearOf, startYearOf } from '../academic-year';
import type { PlanAction, Priority, Rag, StrategicPlan } from './types';

export interface RagRollup {
  readonly priority: Priority;
  readonly counts: Readonly<Record<Rag, number>>;
  readonly total: number;
  readonly completed: number;
  /** completed / total, 0 when the priority has no actions. */
  readonly shareComplete: number;
  /** The worst status among actions not yet completed; absent when none are open. */
  readonly worst?: Rag;
}

export interface PlanRollup {
  readonly priorities: readonly RagRollup[];
  /** Actions whose priority is not in the plan (e.g. the priority was deleted): shown so they are not lost. */
  readonly unassignedActionIds: readonly string[];
}

const severity: Readonly<Record<Rag, number>> = { green: 0, amber: 1, red: 2 };

/**
 * Red, amber and green counts per priority, the worst open status and the share complete. A completed action
 * still counts under its colour, but cannot make a priority look worse: it is finished.
 */
export function ragRollup(plan: StrategicPlan): PlanRollup {
  const priorities = plan.priorities.map((priority) =>
    rollupFor(
      priority,
      plan.actions.filter((a) => a.priorityId === priority.id),
    ),
  );
  const known = new Set(plan.priorities.map((p) => p.id));
  return {
    priorities,
    unassignedActionIds: plan.actions.filter((a) => !known.has(a.priorityId)).map((a) => a.id),
  };
}

function rollupFor(priority: Priority, actions: readonly PlanAction[]): RagRollup {
  const counts: Record<Rag, number> = { red: 0, amber: 0, green: 0 };
  let worst: Rag | undefined;
  let completed = 0;
  for (const a of actions) {
    counts[a.rag] += 1;
    if (a.completed) completed += 1;
    else if (worst === undefined || severity[a.rag] > severity[worst]) worst = a.rag;
  }
  return {
    priority,
    counts,
    total: actions.length,
    completed,
    shareComplete: actions.length ? completed / actions.length : 0,
    ...(worst ? { worst } : {}),
  };
}

/**
 * The RAG an action starts with when nobody has chosen one, by the plan's own rules: green once completed, red
 * once overdue (the rule of `overdueActions`: past its end point, or past its half term when it has none), amber
 * while it is under way and not yet due. The team changes it as the work goes.
 */
export function defaultRag(
  action: Pick<PlanAction, 'completed' | 'endPoint' | 'period'>,
  today: string,
  options: { readonly academicYearStart?: number } = {},
): Rag {
  if (action.completed) return 'green';
  const { due } = dueDate(action, options.academicYearStart ?? startYearOf(academicYearOf(today)));
  return daysBetween(due, today) > 0 ? 'red' : 'amber';
}
