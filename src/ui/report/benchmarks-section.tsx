import { Body1, Link, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { governorsGuideTitle } from '../../domain/catalogue/statutory';
import type { BoardPaper, BoardPaperQuestion } from '../../domain/report/types';
import { CappedText } from '../common/capped-text';
import { QuestionFiguresSlot } from '../common/feature-slots';
import { ToneLine } from '../common/tone';
import { Collapsible } from './parts/collapsible';
import { useReportStyles } from './parts/report-styles';
import { paperSections } from './parts/sections';

const useStyles = makeStyles({
  benchmarks: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    // On paper the questions run in two columns: their lines are short, and one column left half of each page empty.
    '@media print': { display: 'block', columnCount: 2, columnGap: '7mm', '& > details': { marginBottom: tokens.spacingVerticalXS } },
  },
  questions: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column' },
  question: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    breakInside: 'avoid',
    '@media print': { padding: `${tokens.spacingVerticalXXS} 0`, gap: 0 },
  },
  text: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  // On paper the evidence is a step smaller than the question it answers.
  evidence: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    '@media print': { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  },
  // After the question, on its last line where there is room: the paper has no line to spare per question.
  refers: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

/** Where the detail is: the sections whose tables hold it, as links (a link's name says where it leads). */
function RefersTo(props: { sections: BoardPaperQuestion['refersTo'] }): ReactNode {
  const styles = useStyles();
  if (props.sections.length === 0) return null;
  return (
    <span className={styles.refers}>
      {' '}
      In detail under{' '}
      {props.sections.map((id, i) => (
        <span key={id}>
          {i > 0 ? '; ' : ''}
          <Link href={`#${paperSections[id].id}`} inline>
            {paperSections[id].short}
          </Link>
        </span>
      ))}
    </span>
  );
}

/** Questions quoted from the guide, each with what our records show in a line or two and where the detail is. */
function QuestionList(props: { questions: readonly BoardPaperQuestion[] }): ReactNode {
  const styles = useStyles();
  return (
    <ol className={styles.questions}>
      {props.questions.map((q) => (
        <li key={q.text} className={styles.question}>
          <p className={styles.text}>
            “{q.text}”
            <RefersTo sections={q.refersTo} />
          </p>
          {q.evidence.length ? (
            <ul className={styles.evidence}>
              {q.evidence.map((l) => (
                <ToneLine key={l.text} tone={l.tone}>
                  <CappedText text={l.text} />
                </ToneLine>
              ))}
              <QuestionFiguresSlot question={q.text} />
            </ul>
          ) : (
            <ToneLine as="p" tone="info">
              Our records hold nothing that bears on this yet.
            </ToneLine>
          )}
        </li>
      ))}
    </ol>
  );
}

/** A section of questions quoted from the guide, in groups that fold away on screen and run in two columns on paper. */
function QuestionsSection(props: {
  id: string;
  title: string;
  intro: ReactNode;
  groups: readonly { readonly heading: string; readonly questions: readonly BoardPaperQuestion[] }[];
}): ReactNode {
  const s = useReportStyles();
  const styles = useStyles();
  return (
    <section className={s.section} aria-labelledby={props.id}>
      <Subtitle1 as="h2" id={props.id} className={s.headingKeep}>
        {props.title}
      </Subtitle1>
      <Body1 as="p">{props.intro}</Body1>
      <div className={styles.benchmarks}>
        {props.groups.map((g) => (
          <Collapsible key={g.heading} heading={g.heading}>
            <QuestionList questions={g.questions} />
          </Collapsible>
        ))}
      </div>
    </section>
  );
}

/** The guide's key strategic questions for the governing body, under its four sub-headings, before the prompt questions as in the guide. */
export function KeyQuestionsSection(props: { groups: BoardPaper['keyQuestions'] }): ReactNode {
  return (
    <QuestionsSection
      id="report-key-questions"
      title="Key strategic questions to support and challenge leaders"
      intro={`The key strategic questions are quoted from ${governorsGuideTitle}, for the governing body when it reviews its role in careers provision. Beneath each is what our records show, in brief.`}
      groups={props.groups}
    />
  );
}

/** The governors' guide's prompt questions for each benchmark, each with its evidence in a line or two. */
export function BenchmarksSection(props: { benchmarks: BoardPaper['benchmarks'] }): ReactNode {
  return (
    <QuestionsSection
      id="report-benchmarks"
      title="Prompt questions for each benchmark"
      intro={`The prompt questions are quoted from ${governorsGuideTitle}, for the Link Governor to consider with the Careers Leader. Beneath each is what our records show, in brief, and the section above that has the detail.`}
      groups={props.benchmarks.map((b) => ({ heading: `Benchmark ${b.benchmark}: ${b.name}`, questions: b.questions }))}
    />
  );
}
