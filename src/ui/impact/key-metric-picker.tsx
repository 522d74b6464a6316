import { Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { type ReactNode, useMemo, useState } from 'react';

import { measureKey, measureTrend, metricChoices, unitOf } from '../../domain/impact';
import type { KeyMetricPickerProps } from '../common/feature-slots';
import { useImpactQuery } from './data/queries';
import { numberInput } from './drafts';
import { plainRecords } from './records';

const useStyles = makeStyles({
  // One above the other: the figures' names are long ("Career knowledge and decision-making: positive answers, Year 9
  // (Future Skills Questionnaire)"), and a target is a few characters.
  pair: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    // Held to the objective's box: a select is otherwise as wide as its longest figure's name.
    '& select': { minWidth: 0 },
    '& .fui-Field': { gridTemplateColumns: 'minmax(0, 1fr)' },
    '& .fui-Select': { maxWidth: '100%' },
  },
  target: { maxWidth: '14em' },
});

const nothing = { destinations: [], perception: [], voice: [], neetRisk: [] };

/**
 * In a plan objective's form: which recorded figure (from the Impact view) its key metric follows, and the school's
 * target for it. The target is kept as typed and checked by the plan's validator when the priority is saved.
 */
export function KeyMetricPicker(props: KeyMetricPickerProps): ReactNode {
  const styles = useStyles();
  const query = useImpactQuery();
  const { value } = props;
  const [target, setTarget] = useState(value?.target === undefined ? '' : String(value.target));
  const data = useMemo(() => (query.data ? plainRecords(query.data.records) : nothing), [query.data]);
  const groups = useMemo(() => metricChoices(data, value?.measure), [data, value?.measure]);
  const latest = value ? measureTrend(data, value.measure, { audience: 'team' }).points.at(-1) : undefined;
  const hint = query.isPending ? 'Loading the recorded figures…' : query.isError ? 'The recorded figures could not be loaded.' : 'Its value each year shows beside the target in the plan.';
  const choose = (key: string): void => {
    // A target belongs to its figure: choosing another starts without one.
    const choice = groups.flatMap((g) => g.choices).find((c) => c.key === key);
    setTarget('');
    props.onChange(choice && { measure: choice.measure });
  };
  return (
    <div className={styles.pair}>
      <Field label="Recorded figure it follows" hint={hint}>
        <Select value={value ? measureKey(value.measure) : ''} onChange={(_, d) => choose(d.value)}>
          <option value="">None</option>
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.choices.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      {value ? (
        <Field
          className={styles.target}
          label={unitOf(value.measure) === 'percent' ? 'Target (%)' : 'Target'}
          hint={latest ? `Latest: ${latest.figure.text} in ${latest.academicYear}.` : 'Nothing recorded for it yet.'}
          validationMessage={props.error}
        >
          <Input
            inputMode="decimal"
            value={target}
            onChange={(_, d) => {
              setTarget(d.value);
              const n = numberInput(d.value);
              props.onChange({ measure: value.measure, ...(n !== undefined ? { target: n } : {}) });
            }}
          />
        </Field>
      ) : null}
    </div>
  );
}
