import { type AcademicYear, isAcademicYear } from '../../domain/academic-year';
import type { Objective, PlanAction, Priority } from '../../domain/plan/types';
import type { Fields } from '../../graph/list-items';
import { isString, json, readFields, selectOf, shortTitle, writeFields } from '../fields';
import { actionPeriodValues, planActionsList, ragValues } from '../schema/plan-actions';
import { planPrioritiesList } from '../schema/plan-priorities';

export const PRIORITY_SELECT = selectOf(planPrioritiesList);
export const ACTION_SELECT = selectOf(planActionsList);

/** `year`: the plan's academic year, for a priority that does not carry its own. */
export function priorityToFields(priority: Priority, year: AcademicYear, sortOrder?: number): Fields {
  return writeFields(planPrioritiesList, {
    WaypointKey: priority.id,
    Title: priority.title,
    AcademicYear: priority.academicYear ?? year,
    Problem: priority.problem,
    MaturityRows: json(priority.maturityRows),
    Objectives: json(priority.objectives),
    ...(sortOrder !== undefined ? { SortOrder: sortOrder } : {}),
  });
}

export function priorityFromFields(fields: Fields): Priority | null {
  const f = readFields(planPrioritiesList, fields);
  const id = f.text('WaypointKey');
  if (!id) return null;
  const academicYear = f.text('AcademicYear');
  return {
    id,
    title: f.text('Title'),
    problem: f.text('Problem'),
    maturityRows: f.jsonArray('MaturityRows', isString),
    objectives: f.jsonArray('Objectives', isObjective),
    ...(isAcademicYear(academicYear) ? { academicYear } : {}),
  };
}

export const prioritySortOrder = (fields: Fields): number | undefined => readFields(planPrioritiesList, fields).number('SortOrder');

/** `year`: the plan's academic year, for an action that does not carry its own. */
export function actionToFields(action: PlanAction, year: AcademicYear, sortOrder?: number): Fields {
  return writeFields(planActionsList, {
    WaypointKey: action.id,
    Title: shortTitle(action.action),
    AcademicYear: action.academicYear ?? year,
    CarriedFrom: action.carriedFrom ?? null,
    PriorityId: action.priorityId,
    ObjectiveId: action.objectiveId ?? null,
    ActionText: action.action,
    Lead: action.lead,
    Period: action.period,
    Progress: action.progress,
    EndPoint: action.endPoint ?? null,
    ImpactEvidence: action.impactEvidence,
    Rag: action.rag,
    EvidenceList: json(action.evidenceList),
    MaturityRows: json(action.maturityRows),
    FromReviewId: action.fromReview?.reviewId ?? null,
    FromRowId: action.fromReview?.rowId ?? null,
    Completed: action.completed,
    ...(sortOrder !== undefined ? { SortOrder: sortOrder } : {}),
  });
}

export function actionFromFields(fields: Fields): PlanAction | null {
  const f = readFields(planActionsList, fields);
  const id = f.text('WaypointKey');
  if (!id) return null;
  const objectiveId = f.optionalText('ObjectiveId');
  const endPoint = f.optionalText('EndPoint');
  const fromReviewId = f.optionalText('FromReviewId');
  const academicYear = f.text('AcademicYear');
  const carriedFrom = f.optionalText('CarriedFrom');
  return {
    id,
    priorityId: f.text('PriorityId'),
    ...(objectiveId ? { objectiveId } : {}),
    action: f.text('ActionText') || f.text('Title'),
    lead: f.text('Lead'),
    period: f.oneOf('Period', actionPeriodValues) ?? 'Autumn 1',
    progress: f.text('Progress'),
    ...(endPoint ? { endPoint } : {}),
    impactEvidence: f.text('ImpactEvidence'),
    rag: f.oneOf('Rag', ragValues) ?? 'amber',
    evidenceList: f.jsonArray('EvidenceList', isString),
    maturityRows: f.jsonArray('MaturityRows', isString),
    ...(fromReviewId ? { fromReview: { reviewId: fromReviewId, rowId: f.text('FromRowId') } } : {}),
    completed: f.boolean('Completed'),
    ...(isAcademicYear(academicYear) ? { academicYear } : {}),
    ...(carriedFrom ? { carriedFrom } : {}),
  };
}

export const actionSortOrder = (fields: Fields): number | undefined => readFields(planActionsList, fields).number('SortOrder');

function isObjective(v: unknown): v is Objective {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  const optional = (x: unknown): boolean => x === undefined || typeof x === 'string';
  return typeof o.id === 'string' && typeof o.statement === 'string' && typeof o.outcome === 'string' && optional(o.dueDate) && optional(o.keyMetric);
}
