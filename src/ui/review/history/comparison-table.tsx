import { mergeClasses, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { ReviewComparison } from '../../../domain/review/compare';
import type { Review } from '../../../domain/review/types';
import { formatDate } from '../../../domain/validation/dates';
import { changeParts } from '../snapshot/change-text';
import { useHistoryStyles as useStyles } from './history-styles';

export interface Comparison {
  readonly earlier: Review;
  readonly later: Review;
  readonly result: ReviewComparison;
}

/** Two reviews compared row by row: each one's best fit and the change between them. */
export function ComparisonTable(props: { comparison: Comparison }): ReactNode {
  const styles = useStyles();
  const { earlier, later, result } = props.comparison;
  return (
    <section aria-label="Comparison">
      <Subtitle2 block as="h4">
        {earlier.title} ({formatDate(earlier.date)}) compared with {later.title} ({formatDate(later.date)})
      </Subtitle2>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
              Maturity row
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
              {formatDate(earlier.date)}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
              {formatDate(later.date)}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((r) => {
            const parts = changeParts(r);
            return (
              <tr key={r.row.id}>
                <th scope="row" className={mergeClasses(styles.cell, styles.rowHead)}>
                  {r.row.id} {r.row.title}
                </th>
                <td className={styles.cell}>{r.previous ?? '—'}</td>
                <td className={styles.cell}>{r.current ?? '—'}</td>
                <td className={mergeClasses(styles.cell, styles.nowrap)}>
                  <span aria-hidden="true">{parts.arrow} </span>
                  {parts.words}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
