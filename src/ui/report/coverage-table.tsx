import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { Coverage } from '../../domain/provision-map/coverage';
import { yearLabel } from '../../domain/provision-map/labels';
import { useTableStyles } from '../common/table-styles';

/** The provision map's coverage: how many activities each stage has in each year group. */
export function CoverageTable(props: { coverage: Coverage }): ReactNode {
  const t = useTableStyles();
  const th = mergeClasses(t.cell, t.head);
  const years = props.coverage.stages[0]?.cells.map((c) => c.yearGroup) ?? [];
  return (
    <div className={t.scroll}>
      <table className={t.table}>
        <caption className={t.caption}>Coverage: number of activities by stage and year group</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Stage
            </th>
            {years.map((y) => (
              <th key={y} scope="col" className={mergeClasses(th, t.number)}>
                {yearLabel(y)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.coverage.stages.map((row) => (
            <tr key={row.stage.id}>
              <th scope="row" className={t.cell}>
                {row.stage.name}
              </th>
              {row.cells.map((c) => (
                <td key={c.yearGroup} className={mergeClasses(t.cell, t.number)}>
                  {c.count === 0 ? 'None' : c.count}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
