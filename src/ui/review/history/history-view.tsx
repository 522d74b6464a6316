import { Body1, Button, Checkbox, mergeClasses, Subtitle1 } from '@fluentui/react-components';
import { formatDate } from '../../../domain/validation/dates';
import { reviewAcademicYear } from '../../../domain/years/reviews';
import { type ReactNode, useId } from 'react';

import type { Review } from '../../../domain/review/types';
import { ErrorBar } from '../../common/error-bar';
import { Loading } from '../../common/states';
import { statusNames } from '../parts/names';
import { newestFirst } from '../review-order';
import { ComparisonTable } from './comparison-table';
import { useHistoryStyles as useStyles } from './history-styles';
import { useReviewComparison } from './use-review-comparison';
import type { Versioned } from '../../../shared/versioned';

const modelNames = { schools: 'Schools', colleges: 'Colleges' } as const;

/** Every review of the institution; open one, or pick two to see what changed between them, row by row. */
export function HistoryView(props: {
  reviews: readonly Versioned<Review>[];
  currentId: string | undefined;
  onOpen: (reviewId: string) => void;
}): ReactNode {
  const styles = useStyles();
  const headingId = useId();
  const sorted = newestFirst(props.reviews);
  const { picked, toggle, comparison, compare, failure, setFailure } = useReviewComparison(sorted);

  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <Subtitle1 block as="h3" id={headingId}>
        History of reviews
      </Subtitle1>
      <table className={styles.table}>
        <caption className={styles.caption}>Choose two reviews to compare them.</caption>
        <thead>
          <tr>
            {['Compare', 'Review', 'Meeting date', 'Model', 'Status'].map((h) => (
              <th key={h} scope="col" className={mergeClasses(styles.cell, styles.head)}>
                {h}
              </th>
            ))}
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
              Open
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map(({ value: r }) => (
            <tr key={r.id}>
              <td className={styles.cell}>
                <Checkbox
                  aria-label={`Compare ${r.title}`}
                  checked={picked.includes(r.id)}
                  onChange={(_, data) => toggle(r.id, data.checked === true)}
                />
              </td>
              <th scope="row" className={mergeClasses(styles.cell, styles.head)}>
                {r.title}
                {r.id === props.currentId ? ' (open)' : ''}
              </th>
              <td className={styles.cell}>
                {formatDate(r.date)}
                {reviewAcademicYear(r) ? ` (${reviewAcademicYear(r)})` : ''}
              </td>
              <td className={styles.cell}>{modelNames[r.variant]}</td>
              <td className={styles.cell}>{statusNames[r.status]}</td>
              <td className={styles.cell}>
                <Button size="small" onClick={() => props.onOpen(r.id)} aria-label={`Open ${r.title}`}>
                  Open
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={picked.length !== 2} onClick={() => void compare()}>
          Compare the two chosen reviews
        </Button>
        <Body1>{picked.length === 2 ? '' : `${picked.length} of 2 chosen`}</Body1>
      </div>
      {failure ? <ErrorBar error={failure} onDismiss={() => setFailure(undefined)} /> : null}
      {comparison === 'loading' ? <Loading label="Comparing the two reviews" /> : null}
      {comparison && comparison !== 'loading' ? <ComparisonTable comparison={comparison} /> : null}
    </section>
  );
}
