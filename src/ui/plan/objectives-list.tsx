import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { objectiveCompleteness } from '../../domain/plan/smart';
import type { Objective } from '../../domain/plan/types';
import { formatDate } from '../../domain/validation/dates';
import { CappedText } from '../common/capped-text';
import { ObjectiveMetricSlot } from '../common/feature-slots';

const useStyles = makeStyles({
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  objective: { marginBottom: tokens.spacingVerticalS },
  muted: { display: 'block', color: tokens.colorNeutralForeground3 },
});

/** A priority's SMART objectives, read-only, each with what it still lacks. */
export function ObjectivesList(props: { objectives: readonly Objective[] }): ReactNode {
  const styles = useStyles();
  if (!props.objectives.length) return <Body1 as="p">No objectives yet.</Body1>;
  return (
    <ol className={styles.list}>
      {props.objectives.map((o) => {
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
  );
}
