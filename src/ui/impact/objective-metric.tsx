import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { type ReactNode, useMemo } from 'react';

import { type KeyMetricRef, measureTrend } from '../../domain/impact';
import { useTableStyles } from '../common/table-styles';
import { useImpactQuery } from './data/queries';
import { plainRecords } from './records';
import { trendSummary } from './trend-text';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalXS },
  table: { width: 'auto' },
});

/** Under a plan objective: the recorded figure its key metric follows, each academic year's value beside the target. */
export function ObjectiveMetric(props: { metric: KeyMetricRef }): ReactNode {
  const styles = useStyles();
  const t = useTableStyles();
  const th = mergeClasses(t.cell, t.head);
  const query = useImpactQuery();
  const trend = useMemo(
    () => query.data && measureTrend(plainRecords(query.data.records), props.metric.measure, { audience: 'team', targets: [props.metric] }),
    [query.data, props.metric],
  );
  if (query.isError) return <Caption1>The key metric’s recorded figures could not be loaded; the Impact view has them.</Caption1>;
  if (!trend) return null;
  const caption = `Key metric: ${trend.name}`;
  return (
    <div className={styles.box}>
      {/* Focusable, so a keyboard can scroll a table wider than a narrow window. */}
      <div className={t.scroll} role="region" aria-label={caption} tabIndex={0}>
        <table className={mergeClasses(t.table, styles.table)}>
          <caption className={t.caption}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                Academic year
              </th>
              {trend.points.map((p) => (
                <th key={p.academicYear} scope="col" className={mergeClasses(th, t.number)}>
                  {p.academicYear}
                </th>
              ))}
              <th scope="col" className={mergeClasses(th, t.number)}>
                Target
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className={t.cell}>
                {trend.unit === 'percent' ? 'Share' : 'Number'}
              </th>
              {trend.points.map((p) => (
                <td key={p.academicYear} className={mergeClasses(t.cell, t.number)}>
                  {p.figure.text}
                </td>
              ))}
              <td className={mergeClasses(t.cell, t.number)}>{trend.targetText ?? 'None set'}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <Caption1>{trendSummary(trend)}</Caption1>
    </div>
  );
}
