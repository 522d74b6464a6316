import { Body1, Button, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import type { PreviewRow } from '../../domain/import';
import { ActivityCells, MessageCell } from './import-row-cells';
import { useTableStyles } from './table-styles';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  rowNumber: { width: '4em', fontVariantNumeric: 'tabular-nums' },
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
