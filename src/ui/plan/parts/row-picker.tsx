import { Dropdown, Field, Option, OptionGroup } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { MaturityModel } from '../../../domain/catalogue/types';

/** Choose the maturity rows an item addresses, grouped by theme; the button reads the chosen row numbers. */
export function RowPicker(props: {
  model: MaturityModel;
  value: readonly string[];
  onChange: (rows: string[]) => void;
  hint?: string;
  error?: string;
}): ReactNode {
  const chosen = props.value;
  return (
    <Field label="Maturity rows it addresses" hint={props.hint} validationMessage={props.error}>
      <Dropdown
        multiselect
        placeholder="Choose rows"
        value={chosen.join(', ')}
        selectedOptions={[...chosen]}
        onOptionSelect={(_, data) => props.onChange(data.selectedOptions)}
      >
        {props.model.themes.map((theme) => (
          <OptionGroup key={theme.id} label={`Theme ${theme.id}: ${theme.title}`}>
            {theme.rows.map((row) => (
              <Option key={row.id} value={row.id} text={`${row.id} ${row.title}`}>
                {`${row.id} ${row.title}`}
              </Option>
            ))}
          </OptionGroup>
        ))}
      </Dropdown>
    </Field>
  );
}
