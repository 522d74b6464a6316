import { Field, makeStyles, Select } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { MaturityModel } from '../../../domain/catalogue/types';
import { rowName } from '../parts/names';

const useStyles = makeStyles({
  picker: { display: 'none', '@media (max-width: 800px)': { display: 'block' } },
});

/** The row navigator on narrow screens: every row in one drop-down, with a tick where a row is done. */
export function RowPicker(props: {
  model: MaturityModel;
  currentRowId: string;
  isDone: (rowId: string) => boolean;
  onSelect: (rowId: string) => void;
}): ReactNode {
  const styles = useStyles();
  return (
    <Field label="Go to row" className={styles.picker}>
      <Select value={props.currentRowId} onChange={(_, data) => props.onSelect(data.value)}>
        {props.model.themes.flatMap((theme) =>
          theme.rows.map((row) => (
            <option key={row.id} value={row.id}>
              {props.isDone(row.id) ? '✓ ' : ''}
              {rowName(row)}
            </option>
          )),
        )}
      </Select>
    </Field>
  );
}
