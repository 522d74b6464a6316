import { Body1, Button, mergeClasses } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

import type { Versioned } from '../../shared/versioned';
import { useTableStyles } from '../common/table-styles';

export interface Column<T> {
  readonly header: string;
  readonly cell: (record: T) => ReactNode;
  readonly numeric?: boolean;
}

/** The records of one kind for the year shown, one row each, with Change for editors. */
export function RecordsTable<T>(props: {
  caption: string;
  columns: readonly Column<T>[];
  records: readonly Versioned<T>[];
  /** Says there is nothing yet, and what to do. */
  empty: string;
  /** "Change destinations of Year 11 leavers": the button's accessible name. */
  changeLabel?: (record: T) => string;
  onChange?: (record: Versioned<T>) => void;
}): ReactNode {
  const t = useTableStyles();
  const th = mergeClasses(t.cell, t.head);
  if (props.records.length === 0) return <Body1 as="p">{props.empty}</Body1>;
  const editable = props.onChange && props.changeLabel;
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
                Change
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
                  <Button size="small" icon={<EditRegular />} aria-label={props.changeLabel!(r.value)} onClick={() => props.onChange!(r)}>
                    Change
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
