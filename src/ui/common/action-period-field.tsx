import { Field, Select } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { actionPeriods } from '../../domain/catalogue/plan';
import type { ActionPeriod } from '../../domain/catalogue/types';

/** An action's half term, chosen from the plan's action periods. */
export function ActionPeriodField(props: { value: ActionPeriod | ''; onChange: (period: ActionPeriod | '') => void; error?: string }): ReactNode {
  return (
    <Field label="Action period" required validationMessage={props.error}>
      <Select value={props.value} onChange={(_, d) => props.onChange(d.value as ActionPeriod | '')}>
        <option value="">Choose a half term</option>
        {actionPeriods.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </Select>
    </Field>
  );
}
