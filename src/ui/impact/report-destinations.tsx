import { Body1, makeStyles, mergeClasses, Subtitle1, tokens } from '@fluentui/react-components';
import { type ReactNode, useMemo } from 'react';

import { type DestinationsTable, impactReport, type Trend } from '../../domain/impact';
import { useTableStyles } from '../common/table-styles';
import { useImpactQuery } from './data/queries';
import { plainRecords } from './records';
import { TrendFigure } from './trend-figure';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, '@media print': { gap: tokens.spacingVerticalS } },
  heading: { breakAfter: 'avoid' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))', gap: tokens.spacingHorizontalXL },
});

/** One cohort's destinations, a column per academic year: count and share, small numbers suppressed. */
function CohortTable(props: { table: DestinationsTable }): ReactNode {
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

/**
 * The trend a board paper charts per cohort: NEET among all its leavers, when any year's figure may be shown (the tables
 * above hold every destination, so the charts go without tables of their own: the paper stays short).
 */
const isWholeCohortNeet = (t: Trend): boolean =>
  t.measure.kind === 'destinations' && !t.measure.group && !t.measure.sustained && t.measure.destinations.join() === 'neet' && t.points.some((p) => !p.figure.suppressed);

/**
 * The governors' report's destinations trend: each leaver cohort's destinations over the years, with a chart and table
 * per trend, every figure under the small-number rule (governors' papers travel beyond the meeting).
 */
export function ReportDestinations(props: { today: string }): ReactNode {
  const styles = useStyles();
  const query = useImpactQuery();
  const loaded = query.data;
  const report = useMemo(() => {
    if (!loaded) return undefined;
    const { institution, targets } = loaded;
    return impactReport(plainRecords(loaded.records), { today: props.today, targets, yearGroups: institution.yearGroups });
  }, [loaded, props.today]);
  if (!report) return null;
  return (
    <section className={styles.section} aria-labelledby="report-destinations">
      <Subtitle1 as="h2" id="report-destinations" className={styles.heading}>
        Destinations of leavers
      </Subtitle1>
      {report.destinations.length === 0 ? (
        <Body1 as="p">No destinations are recorded yet.</Body1>
      ) : (
        <>
          <Body1 as="p">{report.suppressionNote}</Body1>
          {report.destinations.map((t) => (
            <CohortTable key={t.name} table={t} />
          ))}
          <div className={styles.grid}>
            {report.trends.filter(isWholeCohortNeet).map((t) => (
                <TrendFigure key={t.key} trend={t} table={false} />
              ))}
          </div>
        </>
      )}
    </section>
  );
}
