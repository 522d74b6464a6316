import { Body1, makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { findRow } from '../../domain/catalogue';
import type { MaturityModel } from '../../domain/catalogue/types';
import type { OverdueAction } from '../../domain/plan/overdue';
import type { RagRollup } from '../../domain/plan/rag';
import type { PlanAction, Priority } from '../../domain/plan/types';
import { ActionsTable } from './actions-table';
import { ObjectivesList } from './objectives-list';
import { PriorityButtons } from './priority-buttons';
import { RagStatus } from '../common/rag';
import type { Versioned } from '../../shared/versioned';
import { CappedText } from '../common/capped-text';

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
      <ObjectivesList objectives={p.objectives} />
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
      {props.canEdit ? <PriorityButtons name={name} onAddAction={props.onAddAction} onEdit={props.onEdit} onRemove={props.onRemove} /> : null}
    </section>
  );
}
