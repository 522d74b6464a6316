import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { PreviewRow } from '../../domain/import';
import { yearLabel } from '../../domain/provision-map/labels';
import { categoryName, stageName } from './provision-names';
import { useTableStyles } from './table-styles';

const useStyles = makeStyles({
  plain: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  readings: { color: tokens.colorNeutralForeground2 },
  reading: { display: 'block' },
});

/** An activity row's cells: what it becomes, and how its values were read. */
export function ActivityCells(props: { row: PreviewRow }): ReactNode {
  const styles = useStyles();
  const t = useTableStyles();
  const first = props.row.activities[0];
  if (!first) return null;
  const years = props.row.activities.map((a) => yearLabel(a.yearGroup)).join(', ');
  return (
    <>
      <td className={t.cell}>
        {first.title}
        <br />
        {stageName(first.stage)} · {years} · {first.categories.map(categoryName).join(', ')}
      </td>
      <td className={mergeClasses(t.cell, styles.readings)}>
        {props.row.readings.length > 0 ? props.row.readings.map((r) => <span key={r.column} className={styles.reading}>{r.explanation}</span>) : 'As typed'}
      </td>
    </>
  );
}

/** A row that cannot be imported yet: what it needs. */
export function MessageCell(props: { row: PreviewRow }): ReactNode {
  const styles = useStyles();
  const t = useTableStyles();
  return (
    <td className={t.cell}>
      {props.row.messages.length === 1 ? (
        props.row.messages[0]
      ) : (
        <ul className={styles.plain}>
          {props.row.messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </td>
  );
}
