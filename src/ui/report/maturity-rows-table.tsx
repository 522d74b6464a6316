import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { MaturityTableRow } from '../../domain/report/types';
import { useTableStyles } from '../common/table-styles';
import { Collapsible } from './parts/collapsible';
import { COLUMNS, columnName } from '../../domain/catalogue/columns';

const changeWords: Readonly<Record<MaturityTableRow['change'], string>> = { up: 'Up', down: 'Down', same: 'Same', new: 'New', 'not-agreed': '—' };

/** Every maturity row once, with its agreed column (a number, the caption names them) and, where there is an earlier review, its change. */
export function MaturityRowsTable(props: { rows: readonly MaturityTableRow[]; compared: boolean }): ReactNode {
  const t = useTableStyles();
  const th = mergeClasses(t.cell, t.head);
  return (
    <Collapsible heading="Maturity rows, as agreed">
      <div className={t.scroll}>
        <table className={mergeClasses(t.table, t.fixed)}>
          <caption className={t.caption}>
            Each maturity row: the column agreed{props.compared ? ', the one before and the change' : ''}. Columns:{' '}
            {COLUMNS.map(columnName).join(', ')}.
          </caption>
          <colgroup>
            <col style={{ width: props.compared ? '67%' : '85%' }} />
            <col style={{ width: props.compared ? '11%' : '15%' }} />
            {props.compared ? (
              <>
                <col style={{ width: '11%' }} />
                <col style={{ width: '11%' }} />
              </>
            ) : null}
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className={th}>
                Maturity row
              </th>
              <th scope="col" className={th}>
                Agreed
              </th>
              {props.compared ? (
                <>
                  <th scope="col" className={th}>
                    Before
                  </th>
                  <th scope="col" className={th}>
                    Change
                  </th>
                </>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.rowId}>
                <th scope="row" className={t.cell}>{`${r.rowId} ${r.title}`}</th>
                <td className={mergeClasses(t.cell, t.number)}>{r.column ?? 'Not agreed'}</td>
                {props.compared ? (
                  <>
                    <td className={mergeClasses(t.cell, t.number)}>{r.previous ?? '—'}</td>
                    <td className={t.cell}>{r.previous === undefined ? '—' : changeWords[r.change]}</td>
                  </>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Collapsible>
  );
}
