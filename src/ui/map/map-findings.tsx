import { Body1, makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { Finding } from '../../domain/findings';
import { ToneLine } from '../common/tone';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The provision map's findings, gaps first then advice, each in plain words. */
export function MapFindings(props: { findings: readonly Finding[] }): ReactNode {
  const styles = useStyles();
  const gaps = props.findings.filter((f) => f.severity === 'gap');
  const advice = props.findings.filter((f) => f.severity === 'advice');
  return (
    <section className={styles.section} aria-labelledby="map-findings">
      <Subtitle1 as="h2" id="map-findings">
        What the map shows
      </Subtitle1>
      {props.findings.length === 0 ? <Body1 as="p">No gaps found.</Body1> : null}
      {gaps.length ? (
        <>
          <Subtitle2 as="h3">Gaps ({gaps.length})</Subtitle2>
          <ul className={styles.list}>
            {gaps.map((f) => (
              <ToneLine key={f.message} tone="gap">
                {f.message}
              </ToneLine>
            ))}
          </ul>
        </>
      ) : null}
      {advice.length ? (
        <>
          <Subtitle2 as="h3">Advice ({advice.length})</Subtitle2>
          <ul className={styles.list}>
            {advice.map((f) => (
              <ToneLine key={f.message} tone="info">
                {f.message}
              </ToneLine>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
