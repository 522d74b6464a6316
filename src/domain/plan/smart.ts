import type { Objective } from './types';

export type ObjectiveField = 'statement' | 'outcome' | 'dueDate' | 'keyMetric';

export interface ObjectiveCompleteness {
  readonly complete: boolean;
  readonly missing: readonly ObjectiveField[];
  /** One plain sentence per missing field, in the plan template's words. */
  readonly messages: readonly string[];
}

/**
 * Which parts of a SMART objective are still blank. The plan template (seed 001) asks for a "SMART statement
 * outlining focus area", "What would success look like?" and "When do you aim to have this completed by?"; a key
 * metric is what makes it measurable ("Key performance metrics to measure progress").
 */
const prompts: Readonly<Record<ObjectiveField, string>> = {
  statement: 'Write the SMART statement outlining the focus area.',
  outcome: 'Say what success would look like.',
  dueDate: 'Say when you aim to have this completed by.',
  keyMetric: 'Add a key metric to measure progress.',
};

const order: readonly ObjectiveField[] = ['statement', 'outcome', 'dueDate', 'keyMetric'];

export function objectiveCompleteness(objective: Objective): ObjectiveCompleteness {
  const missing = order.filter((f) => (objective[f] ?? '').trim() === '');
  return { complete: missing.length === 0, missing, messages: missing.map((f) => prompts[f]) };
}
