import { useMemo } from 'react';

import { type AcademicYear, compareAcademicYears, currentAcademicYear, startYearOf } from '../../domain/academic-year';
import { type NextStepWithoutAction, nextStepsWithoutAction } from '../../domain/plan/links';
import { type OverdueAction, overdueActions } from '../../domain/plan/overdue';
import { type PlanRollup, ragRollup } from '../../domain/plan/rag';
import type { PlanAction, StrategicPlan } from '../../domain/plan/types';
import type { Versioned } from '../../shared/versioned';
import { judgedOn } from '../../domain/years/judged-on';
import type { LoadedPlan } from './data/port';

/** The domain's view of the plan, for its rules (RAG roll-up, overdue, links). */
const strategicPlan = (state: LoadedPlan): StrategicPlan & { academicYear: AcademicYear } => ({
  institutionId: state.institution.id,
  academicYear: state.academicYear,
  institutionVision: state.visions.value.institutionVision,
  careersVision: state.visions.value.careersVision,
  priorities: state.priorities.map((p) => p.value),
  actions: state.actions.map((a) => a.value),
});

export interface PlanRules {
  readonly plan: StrategicPlan & { academicYear: AcademicYear };
  readonly rollup: PlanRollup;
  readonly overdue: readonly OverdueAction[];
  readonly overdueById: ReadonlyMap<string, OverdueAction>;
  /** The academic year today falls in. */
  readonly current: AcademicYear;
  /** The plan on screen is of a year gone by. */
  readonly past: boolean;
  /** The latest review's next steps that no action takes up yet. */
  readonly waiting: readonly NextStepWithoutAction[];
  /** Actions under no priority. */
  readonly unassigned: readonly Versioned<PlanAction>[];
}

/** What the domain's rules say of the plan on screen: its RAG roll-up, what is overdue, next steps still waiting. */
export function usePlanRules(state: LoadedPlan, year: AcademicYear, today: string): PlanRules {
  const plan = useMemo(() => strategicPlan(state), [state]);
  const rollup = useMemo(() => ragRollup(plan), [plan]);
  // Overdue is judged within the plan's own year: a year that is over is judged as at its last day.
  const asAt = judgedOn(year, today);
  const overdue = useMemo(() => overdueActions(plan, asAt, { academicYearStart: startYearOf(year) }), [plan, asAt, year]);
  const current = currentAcademicYear(today);
  // The latest review's next steps become actions of this year or a later one, not of a year gone by.
  const past = compareAcademicYears(year, current) < 0;
  const overdueById = useMemo(() => new Map(overdue.map((o) => [o.action.id, o])), [overdue]);
  const waiting = state.latestReview ? nextStepsWithoutAction(state.latestReview.bestFits, plan) : [];
  const unassigned = state.actions.filter((a) => rollup.unassignedActionIds.includes(a.value.id));
  return { plan, rollup, overdue, overdueById, current, past, waiting, unassigned };
}
