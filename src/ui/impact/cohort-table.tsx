import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { DestinationsTable } from '../../domain/impact';
import { useTableStyles } from '../common/table-styles';

/** One cohort's destinations, a column per academic year: count and share, small numbers suppressed. */
export function CohortTable(props: { table: DestinationsTable }): ReactNode {
  const t = useTableStyles();
  const th = mergeClasses(t.cell, t.head);
  const { table } = props;
  return (
    <div className={t.scroll} role="region" aria-label={`${table.name}: destinations`} tabIndex={0}>
      <table className={t.table}>
        <caption className={t.caption}>{table.name}: number and share in each destination</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Destination
            </th>
            {table.years.map((y) => (
              <th key={`${y.academicYear}|${y.source}`} scope="col" className={mergeClasses(th, t.number)}>
                {y.academicYear}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" className={t.cell}>
              Leavers
            </th>
            {table.years.map((y) => (
              <td key={`${y.academicYear}|${y.source}`} className={mergeClasses(t.cell, t.number)}>
                {y.leavers.text}
              </td>
            ))}
          </tr>
          {table.rows.map((row) => (
            <tr key={row.destination}>
              <th scope="row" className={t.cell}>
                {row.name}
              </th>
              {row.cells.map((c, i) => (
                <td key={i} className={mergeClasses(t.cell, t.number)}>
                  {c.count.suppressed ? c.count.text : `${c.count.text} (${c.share.text})`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
