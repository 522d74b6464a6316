import type { AcademicYear } from '../academic-year';
import type { ActionPeriod } from '../catalogue/types';
import type { KeyMetricRef } from '../impact/measures';

export type Rag = 'red' | 'amber' | 'green';

/** A SMART objective under a priority, with the outcome that would show success. */
export interface Objective {
  readonly id: string;
  /** "SMART statement outlining focus area". */
  readonly statement: string;
  /** "What would success look like?" */
  readonly outcome: string;
  /** "When do you aim to have this completed by?" (ISO date). */
  readonly dueDate?: string;
  readonly keyMetric?: string;
  /** The recorded figure the key metric follows (destinations, learner perception, NEET risk, stakeholder voice). */
  readonly keyMetricRef?: KeyMetricRef;
}

/** One action of the action plan. */
export interface PlanAction {
  readonly id: string;
  readonly priorityId: string;
  readonly objectiveId?: string;
  /** "What would solve the problem?" including CPD and resourcing. */
  readonly action: string;
  readonly lead: string;
  readonly period: ActionPeriod;
  readonly progress: string;
  /** End point: the date the action should be complete (ISO date). */
  readonly endPoint?: string;
  readonly impactEvidence: string;
  readonly rag: Rag;
  readonly evidenceList: readonly string[];
  readonly maturityRows: readonly string[];
  /** Set when the action was made from an agreed review row's next steps. */
  readonly fromReview?: { readonly reviewId: string; readonly rowId: string };
  readonly completed: boolean;
  /** The academic year whose plan holds the action; its period (half term) is a half term of that year. */
  readonly academicYear?: AcademicYear;
  /** The action this one was carried forward from, when it was still open at the end of last year. */
  readonly carriedFrom?: string;
}

/** "What is the problem you are trying to solve?" — three to five per plan. */
export interface Priority {
  readonly id: string;
  readonly title: string;
  readonly problem: string;
  readonly maturityRows: readonly string[];
  /** Objectives belong to their priority's academic year. */
  readonly objectives: readonly Objective[];
  readonly academicYear?: AcademicYear;
}

export interface StrategicPlan {
  readonly institutionId: string;
  /** The academic year of this plan's priorities and actions (the visions span the years). */
  readonly academicYear?: AcademicYear;
  readonly institutionVision: string;
  readonly careersVision: string;
  readonly priorities: readonly Priority[];
  readonly actions: readonly PlanAction[];
}
