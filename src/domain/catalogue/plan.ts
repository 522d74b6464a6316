// Source: seed 001 (Benchmark 1: Frameworks & Tools), the example action plan and "Understanding how to create a
// strategic careers plan" ("How to define strategic priorities", "Action planning, milestones and key metrics").
import type { ActionPeriod } from './types';

/** The six half-terms an action plan is organised by. */
export const actionPeriods: readonly ActionPeriod[] = [
  'Autumn 1',
  'Autumn 2',
  'Spring 1',
  'Spring 2',
  'Summer 1',
  'Summer 2',
];

export interface ActionPeriodGroup {
  readonly number: 1 | 2 | 3;
  /** The action plan's column heading. */
  readonly label: string;
  readonly periods: readonly [ActionPeriod, ActionPeriod];
}

/**
 * The action plan's three action periods. The seed's table is cut off after "Action Period 2 (Spring terms 1 & 2)",
 * so the third label is ours, following the first's pattern; the first two are the seed's headings as written
 * ("1 and 2" in the first, "1 & 2" in the second).
 */
export const actionPeriodGroups: readonly ActionPeriodGroup[] = [
  { number: 1, label: 'Action Period 1 (Autumn terms 1 and 2)', periods: ['Autumn 1', 'Autumn 2'] },
  { number: 2, label: 'Action Period 2 (Spring terms 1 & 2)', periods: ['Spring 1', 'Spring 2'] },
  { number: 3, label: 'Action Period 3 (Summer terms 1 and 2)', periods: ['Summer 1', 'Summer 2'] },
];

export type StrategicPlanField = 'priority' | 'objective' | 'outcomes' | 'actions' | 'responsible' | 'milestones';

/**
 * The plan template's prompt under each heading, verbatim; the seed wraps each in curly quotes, which are dropped.
 */
export const strategicPlanPrompts: Readonly<Record<StrategicPlanField, string>> = {
  priority: 'What is the problem you are trying to solve?',
  objective: 'SMART statement outlining focus area',
  outcomes: 'What would success look like?',
  actions: 'What would solve the problem?',
  responsible: 'Who is responsible for each action?',
  milestones: 'When do you aim to have this completed by?',
};

/** The plan template's headings (the seed numbers priorities: "Priority 1"). */
export const strategicPlanHeadings: Readonly<Record<StrategicPlanField, string>> = {
  priority: 'Priority',
  objective: 'Objective',
  outcomes: 'Outcomes',
  actions: 'Actions, including CPD/resourcing',
  responsible: 'Responsible',
  milestones: 'Time/Milestones',
};

/** "How to define strategic priorities". */
export const strategicPrioritiesGuidance =
  'Strategic priorities are what you need to achieve to solve the problem(s) and realise your vision.';

/** How many strategic priorities to agree, with the seed's sentence. */
export const recommendedPriorityCount = {
  min: 3,
  max: 5,
  text: 'Aim to agree between 3-5 strategic priorities.',
} as const;
