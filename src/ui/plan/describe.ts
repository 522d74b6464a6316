import { formatDate } from '../../domain/validation/dates';
import type { PlanAction, Priority } from '../../domain/plan/types';
import type { Described } from '../common/conflict-choice';
import { ragNames } from '../common/rag';
import type { PlanVisions } from './data/port';

/** An action as labelled lines, to compare two versions. */
export function describeAction(a: PlanAction): Described {
  return [
    ['Action', a.action],
    ['Lead', a.lead],
    ['Action period', a.period],
    ['End point', a.endPoint ? formatDate(a.endPoint) : ''],
    ['Progress', a.progress],
    ['Impact and evidence', a.impactEvidence],
    ['RAG status', ragNames[a.rag]],
    ['Evidence list', a.evidenceList.join('\n')],
    ['Maturity rows', a.maturityRows.join(', ')],
    ['Completed', a.completed ? 'Yes' : 'No'],
  ];
}

export function describePriority(p: Priority): Described {
  return [
    ['Priority', p.title],
    ['The problem we are trying to solve', p.problem],
    ['Maturity rows', p.maturityRows.join(', ')],
    ['SMART objectives', p.objectives.map((o) => o.statement).join('\n')],
  ];
}

export function describeVisions(v: PlanVisions): Described {
  return [
    ['Institution vision', v.institutionVision],
    ['Careers vision', v.careersVision],
  ];
}
