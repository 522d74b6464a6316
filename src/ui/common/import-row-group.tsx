import { Body1, Button, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import type { PreviewRow } from '../../domain/import';
import { yearLabel } from '../../domain/provision-map/labels';
import { categoryName, stageName } from './provision-names';
import { useTableStyles } from './table-styles';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  plain: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  rowNumber: { width: '4em', fontVariantNumeric: 'tabular-nums' },
  readings: { color: tokens.colorNeutralForeground2 },
  reading: { display: 'block' },
});

/** How many rows of one kind are drawn before "Show all": a 5,000-row file stays quick to look through. */
const SHOWN = 50;

/** One kind of row as a table: what each row becomes, or what it needs. */
export function RowGroup(props: { id: string; title: string; hint?: string; rows: readonly PreviewRow[]; kind: 'activities' | 'messages' }): ReactNode {
  const styles = useStyles();
  const t = useTableStyles();
  const [all, setAll] = useState(false);
  if (props.rows.length === 0) return null;
  const shown = all ? props.rows : props.rows.slice(0, SHOWN);
  const th = mergeClasses(t.cell, t.head);
  return (
    <section className={styles.group} aria-labelledby={props.id}>
      <Subtitle2 as="h3" id={props.id}>
        {props.title} ({props.rows.length.toLocaleString('en-GB')})
      </Subtitle2>
      {props.hint ? <Body1 as="p">{props.hint}</Body1> : null}
      {/* Focusable so a keyboard can scroll it sideways on a narrow screen. */}
      <div className={t.scroll} tabIndex={0} role="group" aria-labelledby={props.id}>
        <table className={t.table} aria-labelledby={props.id}>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(th, styles.rowNumber)}>
                Row
              </th>
              {props.kind === 'activities' ? (
                <>
                  <th scope="col" className={th}>
                    Activity
                  </th>
                  <th scope="col" className={th}>
                    Read as
                  </th>
                </>
              ) : (
                <th scope="col" className={th}>
                  What it needs
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.row}>
                <th scope="row" className={mergeClasses(t.cell, styles.rowNumber)}>
                  {r.row}
                </th>
                {props.kind === 'activities' ? <ActivityCells row={r} /> : <MessageCell row={r} />}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length < props.rows.length ? (
        <Button appearance="secondary" onClick={() => setAll(true)}>
          Show all {props.rows.length.toLocaleString('en-GB')} rows
        </Button>
      ) : null}
    </section>
  );
}

function ActivityCells(props: { row: PreviewRow }): ReactNode {
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

function MessageCell(props: { row: PreviewRow }): ReactNode {
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
