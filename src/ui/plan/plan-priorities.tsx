import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

import type { MaturityModel } from '../../domain/catalogue/types';
import type { OverdueAction } from '../../domain/plan/overdue';
import type { PlanRollup } from '../../domain/plan/rag';
import type { PlanAction } from '../../domain/plan/types';
import type { Versioned } from '../../shared/versioned';
import { ActionsTable } from './actions-table';
import type { LoadedPlan } from './data/port';
import type { Editing } from './plan-dialogs';
import { PrioritySection } from './priority-section';

const useStyles = makeStyles({
  priorities: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The plan's priorities, each with its objectives and actions, then any actions whose priority was removed. */
export function PlanPriorities(props: {
  state: LoadedPlan;
  rollup: PlanRollup;
  overdue: ReadonlyMap<string, OverdueAction>;
  unassigned: readonly Versioned<PlanAction>[];
  model: MaturityModel;
  canEdit: boolean;
  onEdit: (editing: Editing) => void;
}): ReactNode {
  const styles = useStyles();
  return (
    <section className={styles.priorities} aria-labelledby="plan-priorities">
      <Subtitle1 as="h2" id="plan-priorities">
        Priorities and the action plan
      </Subtitle1>
      {props.state.priorities.length === 0 ? <Body1 as="p">No priorities yet.</Body1> : null}
      {props.state.priorities.map((p, i) => (
        <PrioritySection
          key={p.value.id}
          number={i + 1}
          priority={p}
          rollup={props.rollup.priorities.find((r) => r.priority.id === p.value.id)}
          actions={props.state.actions.filter((a) => a.value.priorityId === p.value.id)}
          overdue={props.overdue}
          model={props.model}
          canEdit={props.canEdit}
          onEdit={() => props.onEdit({ kind: 'priority', priority: p })}
          onRemove={() => props.onEdit({ kind: 'remove-priority', priority: p })}
          onAddAction={() => props.onEdit({ kind: 'action', priorityId: p.value.id })}
          onEditAction={(action) => props.onEdit({ kind: 'action', action })}
          onRemoveAction={(action) => props.onEdit({ kind: 'remove-action', action })}
        />
      ))}
      {props.unassigned.length ? (
        <ActionsTable
          caption="Actions whose priority has been removed"
          actions={props.unassigned}
          objectives={[]}
          overdue={props.overdue}
          canEdit={props.canEdit}
          onEdit={(action) => props.onEdit({ kind: 'action', action })}
          onRemove={(action) => props.onEdit({ kind: 'remove-action', action })}
        />
      ) : null}
      {props.canEdit ? (
        <div>
          <Button appearance="primary" icon={<AddRegular />} onClick={() => props.onEdit({ kind: 'priority' })}>
            Add a priority
          </Button>
        </div>
      ) : null}
    </section>
  );
}
