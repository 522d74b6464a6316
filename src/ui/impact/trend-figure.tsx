import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

import type { Trend } from '../../domain/impact';
import { useTableStyles } from '../common/table-styles';
import { TrendChart } from './trend-chart';
import { trendSummary } from './trend-text';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0, breakInside: 'avoid' },
  caption: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * One measure over the academic years: a figure whose caption says the trend in words, a bar chart for the eye
 * (hidden from screen readers, which have the words and the table) and the table, which holds every figure.
 */
export function TrendFigure(props: {
  trend: Trend;
  /** False where a table beside it already holds the figures. */
  table?: boolean;
}): ReactNode {
  const styles = useStyles();
  const table = useTableStyles();
  const captionId = useId();
  const { trend } = props;
  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <span className={styles.caption}>{trend.name}</span>
        <br />
        <Caption1>{trendSummary(trend)}</Caption1>
      </figcaption>
      <TrendChart trend={trend} />
      {props.table === false ? null : (
        <div className={table.scroll}>
          <table className={table.table}>
            <caption className={table.caption}>{trend.name}, by academic year</caption>
            <thead>
              <tr>
                <th scope="col" className={`${table.cell} ${table.head}`}>
                  Academic year
                </th>
                <th scope="col" className={`${table.cell} ${table.head} ${table.number}`}>
                  {trend.unit === 'percent' ? 'Share' : 'Number'}
                </th>
              </tr>
            </thead>
            <tbody>
              {trend.points.map((p) => (
                <tr key={p.academicYear}>
                  <th scope="row" className={table.cell}>
                    {p.academicYear}
                  </th>
                  <td className={`${table.cell} ${table.number}`}>{p.figure.text}</td>
                </tr>
              ))}
              {trend.targetText ? (
                <tr>
                  <th scope="row" className={table.cell}>
                    Target
                  </th>
                  <td className={`${table.cell} ${table.number}`}>{trend.targetText}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
