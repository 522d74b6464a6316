import { Body1, makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { ReportQuestion } from '../../domain/report/types';
import { BearingView } from './bearing-view';
import { useReportStyles } from './parts/report-styles';

const useStyles = makeStyles({
  question: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // A question stays with its data on paper where it fits on a page.
    breakInside: 'avoid-page',
    '@media (max-width: 800px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  text: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  data: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  group: { display: 'flex', flexDirection: 'column' },
});

/** Each question with the data that bears on it beside it. */
function QuestionList(props: { questions: readonly ReportQuestion[] }): ReactNode {
  const styles = useStyles();
  return (
    <ol className={useReportStyles().plainList}>
      {props.questions.map((q) => (
        <li key={q.text} className={styles.question}>
          <p className={styles.text}>{q.text}</p>
          <div className={styles.data}>
            {q.bearings.map((b, i) => (
              <BearingView key={`${b.title}-${i}`} bearing={b} />
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** A major section of questions: headed groups, each question with its data. */
export function QuestionsSection(props: {
  id: string;
  title: string;
  intro: string;
  groups: readonly { readonly heading: string; readonly questions: readonly ReportQuestion[] }[];
}): ReactNode {
  const s = useReportStyles();
  const styles = useStyles();
  return (
    <section className={s.section} aria-labelledby={props.id}>
      <Subtitle1 as="h2" id={props.id}>
        {props.title}
      </Subtitle1>
      <Body1 as="p">{props.intro}</Body1>
      {props.groups.map((g) => (
        <div key={g.heading} className={styles.group}>
          <Subtitle2 as="h3" className={s.headingKeep}>
            {g.heading}
          </Subtitle2>
          <QuestionList questions={g.questions} />
        </div>
      ))}
    </section>
  );
}
