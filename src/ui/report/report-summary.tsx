import { makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { BearingLine, BoardPaper } from '../../domain/report/types';
import { CappedText } from '../common/capped-text';
import { ToneLine } from '../common/tone';
import { useReportStyles } from './parts/report-styles';

const useStyles = makeStyles({
  parts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    '@media print': { gridTemplateColumns: '1fr', gap: tokens.spacingVerticalS },
  },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  questions: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

function Part(props: { heading: string; lines: readonly BearingLine[] }): ReactNode {
  const s = useReportStyles();
  const styles = useStyles();
  // A part may run over a page; its heading stays with its first lines.
  return (
    <div className={styles.part}>
      <Subtitle2 as="h3" className={s.headingKeep}>
        {props.heading}
      </Subtitle2>
      <ul className={s.plainList}>
        {props.lines.map((l) => (
          <ToneLine key={l.text} tone={l.tone}>
            <CappedText text={l.text} />
          </ToneLine>
        ))}
      </ul>
    </div>
  );
}

/** The page a board reads first: where we are, what changed, what is at risk, and what to ask. */
export function ReportSummary(props: { summary: BoardPaper['summary'] }): ReactNode {
  const s = useReportStyles();
  const styles = useStyles();
  const { summary } = props;
  return (
    <section className={s.section} aria-labelledby="report-summary">
      <Subtitle1 as="h2" id="report-summary">
        Summary
      </Subtitle1>
      <div className={styles.parts}>
        <Part heading="Where we are" lines={summary.whereWeAre} />
        <Part heading="What changed since the last review" lines={summary.sinceLastReview} />
        {summary.sinceLastYear ? <Part heading="What changed since last year" lines={summary.sinceLastYear} /> : null}
        <Part heading="What is at risk" lines={summary.atRisk.length ? summary.atRisk : [{ text: 'Nothing the records show.', tone: 'met' }]} />
        {summary.toAsk.length ? (
          <div className={styles.part}>
            <Subtitle2 as="h3" className={s.headingKeep}>
              What to ask
            </Subtitle2>
            <p className={s.text}>Prompt questions from the governors&apos; guide where the records show a gap:</p>
            <ol className={styles.questions}>
              {summary.toAsk.map((q) => (
                <li key={q}>“{q}”</li>
              ))}
            </ol>
          </div>
        ) : null}
      </div>
    </section>
  );
}
