import { Body1, Button, Checkbox, mergeClasses, Subtitle1 } from '@fluentui/react-components';
import { formatDate } from '../../../domain/validation/dates';
import { reviewAcademicYear } from '../../../domain/years/reviews';
import { type ReactNode, useId, useState } from 'react';

import { maturityModel } from '../../../domain/catalogue';
import { compareReviews } from '../../../domain/review/compare';
import type { Review } from '../../../domain/review/types';
import { ErrorBar } from '../../common/error-bar';
import { UserFacingError } from '../../common/user-facing-error';
import { Loading } from '../../common/states';
import { statusNames } from '../parts/names';
import { useFetchReviewRecord } from '../data/queries';
import { newestFirst } from '../review-order';
import { type Comparison, ComparisonTable } from './comparison-table';
import { useHistoryStyles as useStyles } from './history-styles';
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
  const [picked, setPicked] = useState<readonly string[]>([]);
  const [comparison, setComparison] = useState<Comparison | 'loading' | undefined>();
  const [failure, setFailure] = useState<unknown>();
  const sorted = newestFirst(props.reviews);
  const loadReview = useFetchReviewRecord();

  const toggle = (id: string, on: boolean): void => {
    setPicked((p) => (on ? [...p.filter((x) => x !== id), id].slice(-2) : p.filter((x) => x !== id)));
    setComparison(undefined);
  };

  const compare = async (): Promise<void> => {
    const chosen = sorted.filter((r) => picked.includes(r.value.id)).map((r) => r.value);
    const [later, earlier] = chosen;
    if (!later || !earlier) return;
    if (later.variant !== earlier.variant) {
      setFailure(undefined);
      setComparison(undefined);
      setFailure(new UserFacingError('These two reviews used different maturity models (schools and colleges), so their rows cannot be compared.'));
      return;
    }
    setComparison('loading');
    setFailure(undefined);
    try {
      const [a, b] = await Promise.all([loadReview(later.id), loadReview(earlier.id)]);
      const model = maturityModel(later.variant);
      setComparison({
        earlier,
        later,
        result: compareReviews(model, a.bestFits.map((x) => x.value), b.bestFits.map((x) => x.value)),
      });
    } catch (error) {
      setComparison(undefined);
      setFailure(error);
    }
  };

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
