import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import { maturityModel } from '../../domain/catalogue';
import { priorityCountAdvice } from '../../domain/plan/priorities';
import { QueryGate } from '../common/query-gate';
import { YearPicker, useAcademicYearParam } from '../common/year-picker';
import { upsert } from '../common/versioned-list';
import { NextStepsSection } from './next-steps-section';
import type { LoadedPlan } from './data/port';
import { usePlanQuery, usePlanYears, useUpdatePlan } from './data/queries';
import { type Editing, PlanDialogs } from './plan-dialogs';
import { PlanGlance } from '../common/plan-glance';
import { PlanYearHeading } from './plan-year-heading';
import { PlanYears } from './plan-years';
import { PlanPriorities } from './plan-priorities';
import { usePlanRules } from './use-plan-rules';
import { VisionsSection } from './visions-section';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
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

  const { plan, rollup, overdue, overdueById, current, past, waiting, unassigned } = usePlanRules(state, year, props.today);

  return (
    <div className={styles.view}>
      {notice ? (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <VisionsSection visions={state.visions} canEdit={canEdit} onChange={(visions) => update((s) => ({ ...s, visions }))} />
      <PlanYearHeading year={year} past={past} picker={props.picker} />
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
