import { Body1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { governorsGuideTitle } from '../../domain/catalogue/statutory';
import type { BoardPaper, BoardPaperQuestion } from '../../domain/report/types';
import { Collapsible } from './parts/collapsible';
import { useReportStyles } from './parts/report-styles';
import { QuestionList } from './question-list';

const useStyles = makeStyles({
  benchmarks: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    // On paper the questions run in two columns: their lines are short, and one column left half of each page empty.
    '@media print': { display: 'block', columnCount: 2, columnGap: '7mm', '& > details': { marginBottom: tokens.spacingVerticalXS } },
  },
});

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
