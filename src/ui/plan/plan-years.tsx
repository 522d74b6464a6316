import { type ReactNode, useMemo } from 'react';

import { type AcademicYear, compareAcademicYears } from '../../domain/academic-year';
import type { StrategicPlan } from '../../domain/plan/types';
import { planByYear } from '../../domain/years/year-on-year';
import type { PlanOfYear } from './data/port';
import { usePlanYearsQuery } from './data/queries';
import { PlanYearsTable } from './plan-years-table';

/**
 * The plan's year on year: each year's actions by RAG status, how many were completed, and how many open ones
 * continued into the next year. The year on screen is counted from what is on screen (so an edit shows at once);
 * the other years holding data are read together, once.
 */
export function PlanYears(props: { readonly plan: StrategicPlan & { readonly academicYear: AcademicYear }; readonly years: readonly AcademicYear[]; readonly current: AcademicYear }): ReactNode {
  const shown = props.plan.academicYear;
  const others = useMemo(() => props.years.filter((y) => y !== shown).sort(compareAcademicYears), [props.years, shown]);
  const read = usePlanYearsQuery(others).data;
  const rows = useMemo(() => {
    if (!read) return undefined;
    const plans = [...read.map((p) => planOf(props.plan, p)), props.plan].sort((a, b) => compareAcademicYears(a.academicYear!, b.academicYear!));
    return planByYear(plans.filter((p) => p.priorities.length + p.actions.length > 0));
  }, [read, props.plan]);
  // One year on its own is what "At a glance" already shows.
  if (!rows || rows.length < 2) return null;
  return <PlanYearsTable rows={rows} shown={shown} current={props.current} />;
}

/** Another year's plan, with the visions (which span the years) of the plan on screen. */
const planOf = (base: StrategicPlan, year: PlanOfYear): StrategicPlan => ({
  ...base,
  academicYear: year.academicYear,
  priorities: year.priorities.map((p) => p.value),
  actions: year.actions.map((a) => a.value),
});
