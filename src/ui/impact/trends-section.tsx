import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { ImpactMeasure, Trend } from '../../domain/impact';
import { TrendFigure } from './trend-figure';

const useStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))', gap: tokens.spacingHorizontalXL },
});

const parts: readonly { readonly title: string; readonly kinds: readonly ImpactMeasure['kind'][] }[] = [
  { title: 'Destinations', kinds: ['destinations'] },
  { title: 'Learner perception', kinds: ['perception', 'responses'] },
  { title: 'Risk of NEET', kinds: ['neet-risk'] },
  { title: 'Stakeholder voice', kinds: ['voice'] },
];

/** Every measure followed over the academic years, by data source, each a chart with its table. */
export function TrendsSection(props: { trends: readonly Trend[] }): ReactNode {
  const styles = useStyles();
  const withFigures = props.trends.filter((t) => t.points.length > 0);
  if (withFigures.length === 0) return <Body1 as="p">Nothing recorded yet: trends appear once figures are recorded.</Body1>;
  return (
    <>
      {parts.map((part) => {
        const mine = withFigures.filter((t) => part.kinds.includes(t.measure.kind));
        if (mine.length === 0) return null;
        return (
          <section key={part.title} className={styles.part} aria-label={`Trends: ${part.title}`}>
            <Subtitle2 as="h4">{part.title}</Subtitle2>
            <div className={styles.grid}>
              {mine.map((t) => (
                <TrendFigure key={t.key} trend={t} />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}
