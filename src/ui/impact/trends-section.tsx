import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { ImpactMeasure, Trend } from '../../domain/impact';
import { TrendFigure } from './trend-figure';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))', gap: tokens.spacingHorizontalXL },
});

/** The measures of one kind of evidence followed over the academic years, each a chart with its table. */
export function TrendsSection(props: { trends: readonly Trend[]; measures: readonly ImpactMeasure['kind'][] }): ReactNode {
  const styles = useStyles();
  const mine = props.trends.filter((t) => t.points.length > 0 && props.measures.includes(t.measure.kind));
  if (mine.length === 0) return <Body1 as="p">Nothing recorded yet: trends appear once figures are recorded.</Body1>;
  return (
    <div className={styles.grid}>
      {mine.map((t) => (
        <TrendFigure key={t.key} trend={t} />
      ))}
    </div>
  );
}
