import { Button, Field, Input, makeStyles, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

import { strategicPlanPrompts } from '../../domain/catalogue/plan';
import { MULTI_LINE_MAX, SINGLE_LINE_MAX } from '../../domain/validation/limits';
import type { ObjectiveDraft } from './drafts';
import { newId } from '../common/ids';
import { KeyMetricPickerSlot } from '../common/feature-slots';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: 'none' },
  objective: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  pair: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalM, '& > *': { minWidth: 0 } },
});

/** The SMART objectives of a priority: statement, what success looks like, when, and a key metric. */
export function ObjectivesEditor(props: {
  value: readonly ObjectiveDraft[];
  onChange: (objectives: ObjectiveDraft[]) => void;
  errors: Record<string, string>;
}): ReactNode {
  const styles = useStyles();
  const set = (i: number, change: Partial<ObjectiveDraft>): void =>
    props.onChange(props.value.map((o, j) => (j === i ? { ...o, ...change } : o)));
  const error = (i: number, field: string): string | undefined => props.errors[`objectives[${i}].${field}`];
  return (
    <section>
      <Subtitle2 as="h3">SMART objectives</Subtitle2>
      <ol className={styles.list}>
        {props.value.map((o, i) => (
          <li key={o.id} className={styles.objective} aria-label={`Objective ${i + 1}`}>
            <Field label={`Objective ${i + 1}`} hint={strategicPlanPrompts.objective} required validationMessage={error(i, 'statement')}>
              <Textarea value={o.statement} maxLength={MULTI_LINE_MAX} onChange={(_, d) => set(i, { statement: d.value })} />
            </Field>
            <Field label="What success would look like" hint={strategicPlanPrompts.outcomes} validationMessage={error(i, 'outcome')}>
              <Textarea value={o.outcome} maxLength={MULTI_LINE_MAX} onChange={(_, d) => set(i, { outcome: d.value })} />
            </Field>
            <div className={styles.pair}>
              <Field label="Completed by" validationMessage={error(i, 'dueDate')}>
                <Input type="date" value={o.dueDate} onChange={(_, d) => set(i, { dueDate: d.value })} />
              </Field>
              <Field label="Key metric" validationMessage={error(i, 'keyMetric')}>
                <Input value={o.keyMetric} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => set(i, { keyMetric: d.value })} />
              </Field>
            </div>
            <KeyMetricPickerSlot value={o.keyMetricRef} onChange={(keyMetricRef) => set(i, { keyMetricRef })} error={error(i, 'keyMetricRef.target')} />
            <div>
              <Button icon={<DeleteRegular />} onClick={() => props.onChange(props.value.filter((_, j) => j !== i))}>
                Remove objective {i + 1}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button
        icon={<AddRegular />}
        onClick={() =>
          props.onChange([...props.value, { id: newId('obj'), statement: '', outcome: '', dueDate: '', keyMetric: '' }])
        }
      >
        Add an objective
      </Button>
    </section>
  );
}
