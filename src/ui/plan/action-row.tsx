import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ClockRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

import type { OverdueAction } from '../../domain/plan/overdue';
import type { Objective, PlanAction } from '../../domain/plan/types';
import { formatDate } from '../../domain/validation/dates';
import { RagStatus } from '../common/rag';
import { useTableStyles } from '../common/table-styles';
import type { Versioned } from '../../shared/versioned';
import { CappedText } from '../common/capped-text';

const useStyles = makeStyles({
  detail: { display: 'block', color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXXS },
  overdue: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteRedForeground1 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** What every row of one priority's action plan is given: the priority's objectives, and an editor's changes. */
export interface ActionRowsProps {
  objectives: readonly Objective[];
  canEdit: boolean;
  onEdit: (action: Versioned<PlanAction>) => void;
  onRemove: (action: Versioned<PlanAction>) => void;
}

/** One row of the action plan: the action and where it comes from, its columns, and an editor's buttons. */
export function ActionRow(props: ActionRowsProps & { action: Versioned<PlanAction>; late: OverdueAction | undefined }): ReactNode {
  const styles = useStyles();
  const t = useTableStyles();
  const v = props.action;
  const a = v.value;
  const { late } = props;
  const objective = props.objectives.find((o) => o.id === a.objectiveId);
  return (
    <tr>
      <th scope="row" className={mergeClasses(t.cell, t.text)}>
        <CappedText text={a.action} />
        {objective ? <Caption1 className={styles.detail}>Objective: {objective.statement}</Caption1> : null}
        {a.maturityRows.length ? <Caption1 className={styles.detail}>Rows {a.maturityRows.join(', ')}</Caption1> : null}
        {a.fromReview ? <Caption1 className={styles.detail}>From the review&apos;s next steps for row {a.fromReview.rowId}</Caption1> : null}
      </th>
      <td className={t.cell}>{a.lead}</td>
      <td className={t.cell}>{a.period}</td>
      <td className={t.cell}>
        {a.endPoint ? formatDate(a.endPoint) : '—'}
        {late ? (
          <span className={styles.overdue}>
            <ClockRegular aria-hidden />
            Overdue by {late.daysOverdue} {late.daysOverdue === 1 ? 'day' : 'days'}
          </span>
        ) : null}
      </td>
      <td className={mergeClasses(t.cell, t.text)}>
        <CappedText text={a.progress} />
      </td>
      <td className={mergeClasses(t.cell, t.text)}>
        <CappedText text={a.impactEvidence} />
        {a.evidenceList.length ? <Caption1 className={styles.detail}>Evidence: <CappedText text={a.evidenceList.join('; ')} /></Caption1> : null}
      </td>
      <td className={t.cell}>
        <RagStatus rag={a.rag} />
        {a.completed ? <Caption1 className={styles.detail}>Completed</Caption1> : null}
      </td>
      {props.canEdit ? (
        <td className={t.cell}>
          <div className={styles.buttons}>
            <Button size="small" icon={<EditRegular />} onClick={() => props.onEdit(v)} aria-label={`Change action: ${a.action}`}>
              Change
            </Button>
            <Button size="small" icon={<DeleteRegular />} onClick={() => props.onRemove(v)} aria-label={`Remove action: ${a.action}`}>
              Remove
            </Button>
          </div>
        </td>
      ) : null}
    </tr>
  );
}
