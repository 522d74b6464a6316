import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { BoardPaperQuestion } from '../../domain/report/types';
import { CappedText } from '../common/capped-text';
import { QuestionFiguresSlot } from '../common/feature-slots';
import { ToneLine } from '../common/tone';
import { paperSections } from './parts/sections';

const useStyles = makeStyles({
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
export function QuestionList(props: { questions: readonly BoardPaperQuestion[] }): ReactNode {
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
