import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { MaturitySnapshot } from '../../domain/report/types';
import { useTableStyles } from '../common/table-styles';
import { COLUMNS, columnName as label } from '../../domain/catalogue/columns';

/** How many rows the latest agreed review put at each column, theme by theme, and what moved since the one before. */
export function ThemesTable(props: { snapshot: MaturitySnapshot }): ReactNode {
  const t = useTableStyles();
  const th = mergeClasses(t.cell, t.head);
  const { snapshot } = props;
  const changes = snapshot.comparison?.themes;
  return (
    <div className={t.scroll}>
      <table className={mergeClasses(t.table, t.fixed)}>
        <caption className={t.caption}>Rows agreed at each column, by theme</caption>
        <colgroup>
          <col style={{ width: changes ? '32%' : '40%' }} />
          {COLUMNS.map((c) => (
            <col key={c} style={{ width: changes ? '12%' : '15%' }} />
          ))}
          {changes ? <col style={{ width: '20%' }} /> : null}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Theme
            </th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className={mergeClasses(th, t.number)}>
                {label(c)}
              </th>
            ))}
            {changes ? (
              <th scope="col" className={th}>
                Since the last review
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {snapshot.distribution.map((d, i) => {
            const c = changes?.[i]?.counts;
            return (
              <tr key={d.theme.id}>
                <th scope="row" className={t.cell}>{`${d.theme.id} ${d.theme.title}`}</th>
                {COLUMNS.map((col) => (
                  <td key={col} className={mergeClasses(t.cell, t.number)}>
                    {d.counts[col]}
                  </td>
                ))}
                {c ? <td className={t.cell}>{`${c.up} up, ${c.down} down, ${c.same} the same`}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
