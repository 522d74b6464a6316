import type { ActionPeriod } from '../../domain/catalogue/types';
import type { Objective, PlanAction, Priority, Rag } from '../../domain/plan/types';
import { type YearFields, yearFieldsOf } from '../../domain/years/types';
import type { KeyMetricDraft } from '../common/feature-slots';

/** What the action form holds: every field as the person typed it. */
export interface ActionDraft {
  readonly priorityId: string;
  readonly objectiveId: string;
  readonly action: string;
  readonly lead: string;
  readonly period: ActionPeriod | '';
  readonly progress: string;
  readonly endPoint: string;
  readonly impactEvidence: string;
  readonly rag: Rag | '';
  /** One piece of evidence per line. */
  readonly evidence: string;
  readonly maturityRows: readonly string[];
  readonly completed: boolean;
  /** The edited action's academic year and where it was carried from, kept as they were. */
  readonly year?: YearFields;
}

export function actionDraft(action: PlanAction | undefined, priorityId = ''): ActionDraft {
  return {
    priorityId: action?.priorityId ?? priorityId,
    objectiveId: action?.objectiveId ?? '',
    action: action?.action ?? '',
    lead: action?.lead ?? '',
    period: action?.period ?? '',
    progress: action?.progress ?? '',
    endPoint: action?.endPoint ?? '',
    impactEvidence: action?.impactEvidence ?? '',
    rag: action?.rag ?? '',
    evidence: (action?.evidenceList ?? []).join('\n'),
    maturityRows: action?.maturityRows ?? [],
    completed: action?.completed ?? false,
    year: yearFieldsOf(action),
  };
}

const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

/** The draft as input for `validatePlanAction`, keeping the id and review link of the action it edits. */
export function actionInput(draft: ActionDraft, id: string, fromReview?: PlanAction['fromReview']): Record<string, unknown> {
  return {
    id,
    priorityId: draft.priorityId,
    objectiveId: draft.objectiveId,
    action: draft.action,
    lead: draft.lead,
    period: draft.period,
    progress: draft.progress,
    endPoint: draft.endPoint,
    impactEvidence: draft.impactEvidence,
    rag: draft.rag,
    evidenceList: lines(draft.evidence),
    maturityRows: draft.maturityRows,
    ...(fromReview ? { fromReview } : {}),
    completed: draft.completed,
    ...draft.year,
  };
}

export interface ObjectiveDraft {
  readonly id: string;
  readonly statement: string;
  readonly outcome: string;
  readonly dueDate: string;
  readonly keyMetric: string;
  /** The recorded figure the key metric follows, and its target (chosen in the impact slot). */
  readonly keyMetricRef?: KeyMetricDraft | undefined;
}

export interface PriorityDraft {
  readonly title: string;
  readonly problem: string;
  readonly maturityRows: readonly string[];
  readonly objectives: readonly ObjectiveDraft[];
  readonly year?: YearFields;
}

export const objectiveDraft = (o: Objective): ObjectiveDraft => ({
  id: o.id,
  statement: o.statement,
  outcome: o.outcome,
  dueDate: o.dueDate ?? '',
  keyMetric: o.keyMetric ?? '',
  ...(o.keyMetricRef ? { keyMetricRef: o.keyMetricRef } : {}),
});

export function priorityDraft(priority: Priority | undefined): PriorityDraft {
  return {
    title: priority?.title ?? '',
    problem: priority?.problem ?? '',
    maturityRows: priority?.maturityRows ?? [],
    objectives: (priority?.objectives ?? []).map(objectiveDraft),
    year: yearFieldsOf(priority),
  };
}

/** The draft as input for `validatePriority`. */
export function priorityInput(draft: PriorityDraft, id: string): Record<string, unknown> {
  return { id, title: draft.title, problem: draft.problem, maturityRows: draft.maturityRows, objectives: draft.objectives, ...draft.year };
}
