import { Body1, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

import type { Versioned } from '../../shared/versioned';
import { useTableStyles } from '../common/table-styles';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export interface Column<T> {
  readonly header: string;
  readonly cell: (record: T) => ReactNode;
  readonly numeric?: boolean;
}

/** The records of one kind for the year shown, one row each, with Change and Remove for editors. */
export function RecordsTable<T>(props: {
  caption: string;
  columns: readonly Column<T>[];
  records: readonly Versioned<T>[];
  /** Says there is nothing yet, and what to do. */
  empty: string;
  /** "destinations of Year 11 leavers": names the record on its Change and Remove buttons. */
  label?: (record: Versioned<T>) => string;
  onChange?: (record: Versioned<T>) => void;
  onRemove?: (record: Versioned<T>) => void;
}): ReactNode {
  const t = useTableStyles();
  const styles = useStyles();
  const th = mergeClasses(t.cell, t.head);
  if (props.records.length === 0) return <Body1 as="p">{props.empty}</Body1>;
  const { label, onChange, onRemove } = props;
  const editable = label && onChange && onRemove;
  return (
    // Focusable, so a keyboard can scroll a table wider than a narrow window.
    <div className={t.scroll} role="region" aria-label={props.caption} tabIndex={0}>
      <table className={t.table}>
        <caption className={t.caption}>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th key={c.header} scope="col" className={mergeClasses(th, c.numeric && t.number)}>
                {c.header}
              </th>
            ))}
            {editable ? (
              <th scope="col" className={th}>
                Change or remove
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {props.records.map((r) => (
            <tr key={r.itemId}>
              {props.columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.header} scope="row" className={t.cell}>
                    {c.cell(r.value)}
                  </th>
                ) : (
                  <td key={c.header} className={mergeClasses(t.cell, c.numeric && t.number, t.text)}>
                    {c.cell(r.value)}
                  </td>
                ),
              )}
              {editable ? (
                <td className={t.cell}>
                  <div className={styles.actions}>
                  <Button size="small" icon={<EditRegular />} aria-label={`Change ${label(r)}`} onClick={() => onChange(r)}>
                    Change
                  </Button>
                  <Button size="small" icon={<DeleteRegular />} aria-label={`Remove ${label(r)}`} onClick={() => onRemove(r)}>
                    Remove
                  </Button>
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
