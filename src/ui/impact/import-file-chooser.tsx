import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

import type { ImportKind } from '../../domain/impact';
import { importKinds } from './import-kinds';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, maxWidth: '100%' },
});

/** What the file holds, and the file itself (.csv or .xlsx). */
export function ImportFileChooser(props: { kind: ImportKind; onKind: (kind: ImportKind) => void; onFile: (file: File | undefined) => void }): ReactNode {
  const styles = useStyles();
  const fileId = useId();
  return (
    <div className={styles.row}>
      <Field label="What the file holds">
        <Select value={props.kind} onChange={(_, d) => props.onKind(d.value as ImportKind)}>
          {importKinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.file}>
        <label htmlFor={fileId}>File (.xlsx or .csv)</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => props.onFile(e.target.files?.[0])}
        />
      </div>
    </div>
  );
}
