import { Body1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { type ReactNode, useMemo } from 'react';

import { impactReport, type Trend } from '../../domain/impact';
import { CohortTable } from './cohort-table';
import { useImpactQuery } from './data/queries';
import { plainRecords } from './records';
import { TrendFigure } from './trend-figure';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, '@media print': { gap: tokens.spacingVerticalS } },
  heading: { breakAfter: 'avoid' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))', gap: tokens.spacingHorizontalXL },
});

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
