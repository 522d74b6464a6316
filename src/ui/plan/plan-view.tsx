import { Body1, makeStyles, MessageBar, MessageBarBody, Subtitle1, tokens } from '@fluentui/react-components';
import { type ReactNode, useMemo, useState } from 'react';

import { type AcademicYear, academicYearBounds, compareAcademicYears, currentAcademicYear, startYearOf } from '../../domain/academic-year';
import { maturityModel } from '../../domain/catalogue';
import { nextStepsWithoutAction } from '../../domain/plan/links';
import { overdueActions } from '../../domain/plan/overdue';
import { priorityCountAdvice } from '../../domain/plan/priorities';
import { ragRollup } from '../../domain/plan/rag';
import type { StrategicPlan } from '../../domain/plan/types';
import { formatDate } from '../../domain/validation/dates';
import { judgedOn } from '../../domain/years/judged-on';
import { QueryGate } from '../common/query-gate';
import { YearPicker, useAcademicYearParam } from '../common/year-picker';
import { upsert } from '../common/versioned-list';
import { NextStepsSection } from './next-steps-section';
import type { LoadedPlan } from './data/port';
import { usePlanQuery, usePlanYears, useUpdatePlan } from './data/queries';
import { type Editing, PlanDialogs } from './plan-dialogs';
import { PlanGlance } from '../common/plan-glance';
import { PlanYears } from './plan-years';
import { PlanPriorities } from './plan-priorities';
import { VisionsSection } from './visions-section';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  year: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * The strategic careers plan in the Teams tab, one academic year at a time (this year unless the page says
 * otherwise, as the map does): visions, priorities, objectives, the action plan, and the plan year on year.
 */
export function PlanView(props: { canEdit: boolean; today: string }): ReactNode {
  const [year, setYear] = useAcademicYearParam();
  const years = usePlanYears().data;
  return (
    <QueryGate query={usePlanQuery(year)} loading={`Loading the strategic careers plan for ${year}…`} failed={`The plan for ${year} could not be loaded`}>
      {(state) => <LoadedPlanView {...props} year={year} years={years} picker={<YearPicker year={year} onChange={setYear} years={years} />} state={state} />}
    </QueryGate>
  );
}

/** The domain's view of the plan, for its rules (RAG roll-up, overdue, links). */
const strategicPlan = (state: LoadedPlan): StrategicPlan & { academicYear: AcademicYear } => ({
  institutionId: state.institution.id,
  academicYear: state.academicYear,
  institutionVision: state.visions.value.institutionVision,
  careersVision: state.visions.value.careersVision,
  priorities: state.priorities.map((p) => p.value),
  actions: state.actions.map((a) => a.value),
});

function LoadedPlanView(props: {
  canEdit: boolean;
  today: string;
  year: AcademicYear;
  years: readonly AcademicYear[] | undefined;
  picker: ReactNode;
  state: LoadedPlan;
}): ReactNode {
  const styles = useStyles();
  const { canEdit, state, year } = props;
  const update = useUpdatePlan(year);
  const model = maturityModel(state.institution.variant);
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState<string>();

  const plan = useMemo(() => strategicPlan(state), [state]);
  const rollup = useMemo(() => ragRollup(plan), [plan]);
  // Overdue is judged within the plan's own year: a year that is over is judged as at its last day.
  const asAt = judgedOn(year, props.today);
  const overdue = useMemo(() => overdueActions(plan, asAt, { academicYearStart: startYearOf(year) }), [plan, asAt, year]);
  const current = currentAcademicYear(props.today);
  // The latest review's next steps become actions of this year or a later one, not of a year gone by.
  const past = compareAcademicYears(year, current) < 0;
  const overdueById = useMemo(() => new Map(overdue.map((o) => [o.action.id, o])), [overdue]);
  const waiting = state.latestReview ? nextStepsWithoutAction(state.latestReview.bestFits, plan) : [];
  const unassigned = state.actions.filter((a) => rollup.unassignedActionIds.includes(a.value.id));

  return (
    <div className={styles.view}>
      {notice ? (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <VisionsSection visions={state.visions} canEdit={canEdit} onChange={(visions) => update((s) => ({ ...s, visions }))} />
      <section className={styles.year} aria-labelledby="plan-year">
        <Subtitle1 as="h2" id="plan-year">
          The plan for {year}
        </Subtitle1>
        {props.picker}
        <Body1 as="p">
          The priorities and actions below are the plan for {year}; the visions above stay the same from year to year.
          {past ? ` ${year} ended on ${formatDate(academicYearBounds(year).end)}, so an action still open then is judged overdue as at that day.` : ''}
        </Body1>
      </section>
      <PlanGlance rollup={rollup} overdue={overdue} advice={priorityCountAdvice(plan)} />
      {props.years ? <PlanYears plan={plan} years={props.years} current={current} /> : null}
      <PlanPriorities
        state={state}
        rollup={rollup}
        overdue={overdueById}
        unassigned={unassigned}
        model={model}
        canEdit={canEdit}
        onEdit={setEditing}
      />
      {state.latestReview && !past ? (
        <NextStepsSection
          year={year}
          review={state.latestReview.review}
          waiting={waiting}
          model={model}
          canEdit={canEdit}
          onCreated={({ priority, action }) =>
            update((s) => ({ ...s, priorities: priority ? upsert(s.priorities, priority) : s.priorities, actions: upsert(s.actions, action) }))
          }
        />
      ) : null}
      {editing ? <PlanDialogs editing={editing} year={year} state={state} model={model} onNotice={setNotice} onClose={() => setEditing(undefined)} /> : null}
    </div>
  );
}
