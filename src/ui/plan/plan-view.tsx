import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Subtitle1, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { type ReactNode, useMemo, useState } from 'react';

import { type AcademicYear, academicYearBounds, compareAcademicYears, currentAcademicYear, startYearOf } from '../../domain/academic-year';
import { maturityModel } from '../../domain/catalogue';
import { nextStepsWithoutAction } from '../../domain/plan/links';
import { overdueActions } from '../../domain/plan/overdue';
import { priorityCountAdvice } from '../../domain/plan/priorities';
import { ragRollup } from '../../domain/plan/rag';
import type { PlanAction, Priority, StrategicPlan } from '../../domain/plan/types';
import { formatDate } from '../../domain/validation/dates';
import { judgedOn } from '../../domain/years/judged-on';
import { QueryGate } from '../common/query-gate';
import { YearPicker, useAcademicYearParam } from '../common/year-picker';
import { nextSortOrder, sortOrderOf, takeTheirs, upsert, without } from '../common/versioned-list';
import { ActionDialog } from './action-dialog';
import { ActionsTable } from './actions-table';
import { NextStepsSection } from './next-steps-section';
import { ConfirmRemove } from '../common/confirm-dialog';
import type { LoadedPlan } from './data/port';
import { usePlanData, usePlanQuery, usePlanYears, useUpdatePlan } from './data/queries';
import { PlanGlance } from '../common/plan-glance';
import { PriorityDialog } from './priority-dialog';
import { PlanYears } from './plan-years';
import { PrioritySection } from './priority-section';
import { VisionsSection } from './visions-section';
import { isConflict } from '../../shared/service-error';
import type { Versioned } from '../../shared/versioned';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  priorities: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  year: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type Editing =
  | { readonly kind: 'priority'; readonly priority?: Versioned<Priority> }
  | { readonly kind: 'action'; readonly action?: Versioned<PlanAction>; readonly priorityId?: string }
  | { readonly kind: 'remove-priority'; readonly priority: Versioned<Priority> }
  | { readonly kind: 'remove-action'; readonly action: Versioned<PlanAction> };

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
  const data = usePlanData();
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

  const close = (): void => setEditing(undefined);
  // A removal quoting an old version is refused: show the latest plan rather than guess.
  const removed = async (remove: () => Promise<void>, apply: (s: LoadedPlan) => LoadedPlan): Promise<void> => {
    try {
      await remove();
      update(apply);
    } catch (error) {
      if (!isConflict(error)) throw error;
      const fresh = await data.load(year);
      if (fresh) update(() => fresh);
      setNotice('Someone else changed this since you opened the plan, so it was not removed. The latest plan is shown.');
    }
  };

  return (
    <div className={styles.view}>
      {notice ? (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <VisionsSection visions={state.visions} canEdit={canEdit} save={data.saveVisions} onChange={(visions) => update((s) => ({ ...s, visions }))} />
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
      <section className={styles.priorities} aria-labelledby="plan-priorities">
        <Subtitle1 as="h2" id="plan-priorities">
          Priorities and the action plan
        </Subtitle1>
        {state.priorities.length === 0 ? <Body1 as="p">No priorities yet.</Body1> : null}
        {state.priorities.map((p, i) => (
          <PrioritySection
            key={p.value.id}
            number={i + 1}
            priority={p}
            rollup={rollup.priorities.find((r) => r.priority.id === p.value.id)}
            actions={state.actions.filter((a) => a.value.priorityId === p.value.id)}
            overdue={overdueById}
            model={model}
            canEdit={canEdit}
            onEdit={() => setEditing({ kind: 'priority', priority: p })}
            onRemove={() => setEditing({ kind: 'remove-priority', priority: p })}
            onAddAction={() => setEditing({ kind: 'action', priorityId: p.value.id })}
            onEditAction={(action) => setEditing({ kind: 'action', action })}
            onRemoveAction={(action) => setEditing({ kind: 'remove-action', action })}
          />
        ))}
        {unassigned.length ? (
          <ActionsTable
            caption="Actions whose priority has been removed"
            actions={unassigned}
            objectives={[]}
            overdue={overdueById}
            canEdit={canEdit}
            onEdit={(action) => setEditing({ kind: 'action', action })}
            onRemove={(action) => setEditing({ kind: 'remove-action', action })}
          />
        ) : null}
        {canEdit ? (
          <div>
            <Button appearance="primary" icon={<AddRegular />} onClick={() => setEditing({ kind: 'priority' })}>
              Add a priority
            </Button>
          </div>
        ) : null}
      </section>
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

      {editing?.kind === 'priority' ? (
        <PriorityDialog
          model={model}
          {...(editing.priority ? { editing: editing.priority } : {})}
          save={(priority, basedOn) => data.savePriority(priority, sortOrderOf(state.priorities, priority.id), basedOn, year)}
          onSaved={(saved) => update((s) => ({ ...s, priorities: upsert(s.priorities, saved) }))}
          onTheirs={(theirs) => update((s) => ({ ...s, priorities: takeTheirs(s.priorities, editing.priority?.value.id ?? '', theirs) }))}
          onClose={close}
        />
      ) : null}
      {editing?.kind === 'action' ? (
        <ActionDialog
          model={model}
          priorities={plan.priorities}
          {...(editing.action ? { editing: editing.action } : {})}
          {...(editing.priorityId ? { priorityId: editing.priorityId } : {})}
          save={(action, basedOn) =>
            data.saveAction(action, editing.action ? sortOrderOf(state.actions, action.id) : nextSortOrder(state.actions), basedOn, year)
          }
          onSaved={(saved) => update((s) => ({ ...s, actions: upsert(s.actions, saved) }))}
          onTheirs={(theirs) => update((s) => ({ ...s, actions: takeTheirs(s.actions, editing.action?.value.id ?? '', theirs) }))}
          onClose={close}
        />
      ) : null}
      {editing?.kind === 'remove-priority' ? (
        <ConfirmRemove
          title="Remove this priority?"
          confirmLabel="Remove priority"
          onClose={close}
          onConfirm={() =>
            removed(
              () => data.deletePriority(editing.priority),
              (s) => ({ ...s, priorities: without(s.priorities, editing.priority.value.id) }),
            )
          }
        >
          “{editing.priority.value.title}” and its objectives will be removed. Its actions stay in the action plan until you move or
          remove them.
        </ConfirmRemove>
      ) : null}
      {editing?.kind === 'remove-action' ? (
        <ConfirmRemove
          title="Remove this action?"
          confirmLabel="Remove action"
          onClose={close}
          onConfirm={() =>
            removed(
              () => data.deleteAction(editing.action),
              (s) => ({ ...s, actions: without(s.actions, editing.action.value.id) }),
            )
          }
        >
          “{editing.action.value.action}” will be removed from the action plan.
        </ConfirmRemove>
      ) : null}
    </div>
  );
}
