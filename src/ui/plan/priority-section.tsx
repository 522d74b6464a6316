import { Body1, Button, Caption1, makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

import { findRow } from '../../domain/catalogue';
import type { MaturityModel } from '../../domain/catalogue/types';
import type { OverdueAction } from '../../domain/plan/overdue';
import type { RagRollup } from '../../domain/plan/rag';
import { objectiveCompleteness } from '../../domain/plan/smart';
import type { PlanAction, Priority } from '../../domain/plan/types';
import { formatDate } from '../../domain/validation/dates';
import { ActionsTable } from './actions-table';
import { RagStatus } from '../common/rag';
import type { Versioned } from '../../shared/versioned';
import { CappedText } from '../common/capped-text';
import { ObjectiveMetricSlot } from '../common/feature-slots';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  objective: { marginBottom: tokens.spacingVerticalS },
  muted: { display: 'block', color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** One strategic priority: the problem, the rows it addresses, its SMART objectives and its actions. */
export function PrioritySection(props: {
  number: number;
  priority: Versioned<Priority>;
  rollup: RagRollup | undefined;
  actions: readonly Versioned<PlanAction>[];
  overdue: ReadonlyMap<string, OverdueAction>;
  model: MaturityModel;
  canEdit: boolean;
  onEdit: () => void;
  onRemove: () => void;
  onAddAction: () => void;
  onEditAction: (action: Versioned<PlanAction>) => void;
  onRemoveAction: (action: Versioned<PlanAction>) => void;
}): ReactNode {
  const styles = useStyles();
  const p = props.priority.value;
  const headingId = `priority-${p.id}`;
  const name = `Priority ${props.number}`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle1 as="h3" id={headingId}>{`${name}: ${p.title}`}</Subtitle1>
      {props.rollup?.worst ? (
        <Body1 as="p">
          Worst open status: <RagStatus rag={props.rollup.worst} />. {props.rollup.completed} of {props.rollup.total} actions
          completed.
        </Body1>
      ) : null}
      <Subtitle2 as="h4">The problem we are trying to solve</Subtitle2>
      <p className={styles.text}>{p.problem ? <CappedText text={p.problem} /> : 'Not written yet.'}</p>
      {p.maturityRows.length ? (
        <>
          <Subtitle2 as="h4">Maturity rows it addresses</Subtitle2>
          <ul className={styles.list}>
            {p.maturityRows.map((id) => (
              <li key={id}>{`${id} ${findRow(props.model, id)?.title ?? ''}`}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Subtitle2 as="h4">SMART objectives</Subtitle2>
      {p.objectives.length ? (
        <ol className={styles.list}>
          {p.objectives.map((o) => {
            const completeness = objectiveCompleteness(o);
            return (
              <li key={o.id} className={styles.objective}>
                <span className={styles.text}>
                  <CappedText text={o.statement} />
                </span>
                {o.outcome ? <Caption1 className={styles.muted}>What success would look like: {o.outcome}</Caption1> : null}
                {o.dueDate ? <Caption1 className={styles.muted}>Completed by {formatDate(o.dueDate)}</Caption1> : null}
                {o.keyMetric ? <Caption1 className={styles.muted}>Key metric: {o.keyMetric}</Caption1> : null}
                {o.keyMetricRef ? <ObjectiveMetricSlot metric={o.keyMetricRef} /> : null}
                {completeness.complete ? null : <Caption1 className={styles.muted}>Still to add: {completeness.messages.join(' ')}</Caption1>}
              </li>
            );
          })}
        </ol>
      ) : (
        <Body1 as="p">No objectives yet.</Body1>
      )}
      {props.actions.length ? (
        <ActionsTable
          caption={`Actions for ${name.toLowerCase()}`}
          actions={props.actions}
          objectives={p.objectives}
          overdue={props.overdue}
          canEdit={props.canEdit}
          onEdit={props.onEditAction}
          onRemove={props.onRemoveAction}
        />
      ) : (
        <Body1 as="p">No actions yet.</Body1>
      )}
      {props.canEdit ? (
        <div className={styles.buttons}>
          <Button icon={<AddRegular />} onClick={props.onAddAction} aria-label={`Add an action to ${name.toLowerCase()}`}>
            Add an action
          </Button>
          <Button icon={<EditRegular />} onClick={props.onEdit} aria-label={`Change ${name.toLowerCase()}`}>
            Change priority
          </Button>
          <Button icon={<DeleteRegular />} onClick={props.onRemove} aria-label={`Remove ${name.toLowerCase()}`}>
            Remove priority
          </Button>
        </div>
      ) : null}
    </section>
  );
}
