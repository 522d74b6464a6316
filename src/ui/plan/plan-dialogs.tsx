import type { ReactNode } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import type { MaturityModel } from '../../domain/catalogue/types';
import type { PlanAction, Priority } from '../../domain/plan/types';
import type { Versioned } from '../../shared/versioned';
import { ConfirmRemove } from '../common/confirm-dialog';
import { nextSortOrder, sortOrderOf, takeTheirs, upsert, without } from '../common/versioned-list';
import { ActionDialog } from './action-dialog';
import type { LoadedPlan } from './data/port';
import { usePlanData, useUpdatePlan } from './data/queries';
import { PriorityDialog } from './priority-dialog';
import { usePlanRemoval } from './use-plan-removal';

export type Editing =
  | { readonly kind: 'priority'; readonly priority?: Versioned<Priority> }
  | { readonly kind: 'action'; readonly action?: Versioned<PlanAction>; readonly priorityId?: string }
  | { readonly kind: 'remove-priority'; readonly priority: Versioned<Priority> }
  | { readonly kind: 'remove-action'; readonly action: Versioned<PlanAction> };

/** The dialog the plan has open: add or change a priority or an action, or confirm a removal. */
export function PlanDialogs(props: {
  editing: Editing;
  year: AcademicYear;
  state: LoadedPlan;
  model: MaturityModel;
  /** Says why the plan on screen changed under the person (a removal refused as stale). */
  onNotice: (notice: string) => void;
  onClose: () => void;
}): ReactNode {
  const { editing, model, state, year } = props;
  const data = usePlanData();
  const update = useUpdatePlan(year);
  const close = props.onClose;
  const removed = usePlanRemoval(year, props.onNotice);

  return (
    <>
      {editing.kind === 'priority' ? (
        <PriorityDialog
          model={model}
          {...(editing.priority ? { editing: editing.priority } : {})}
          save={(priority, basedOn) => data.savePriority(priority, sortOrderOf(state.priorities, priority.id), basedOn, year)}
          onSaved={(saved) => update((s) => ({ ...s, priorities: upsert(s.priorities, saved) }))}
          onTheirs={(theirs) => update((s) => ({ ...s, priorities: takeTheirs(s.priorities, editing.priority?.value.id ?? '', theirs) }))}
          onClose={close}
        />
      ) : null}
      {editing.kind === 'action' ? (
        <ActionDialog
          model={model}
          priorities={state.priorities.map((p) => p.value)}
          {...(editing.action ? { editing: editing.action } : {})}
          {...(editing.priorityId ? { priorityId: editing.priorityId } : {})}
          sortOrder={editing.action ? sortOrderOf(state.actions, editing.action.value.id) : nextSortOrder(state.actions)}
          year={year}
          onSaved={(saved) => update((s) => ({ ...s, actions: upsert(s.actions, saved) }))}
          onTheirs={(theirs) => update((s) => ({ ...s, actions: takeTheirs(s.actions, editing.action?.value.id ?? '', theirs) }))}
          onClose={close}
        />
      ) : null}
      {editing.kind === 'remove-priority' ? (
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
      {editing.kind === 'remove-action' ? (
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
    </>
  );
}
