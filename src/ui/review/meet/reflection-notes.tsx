import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { Participant, ReflectionChoice, ReflectionEntry } from '../../../domain/review/types';
import { CappedText } from '../../common/capped-text';

const useStyles = makeStyles({
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The notes people left with their reflections on one row. */
export function ReflectionNotes(props: { reflections: readonly ReflectionEntry[]; participants: readonly Participant[] }): ReactNode {
  const styles = useStyles();
  const noted = props.participants.flatMap((p) => {
    const r = props.reflections.find((x) => x.participantId === p.id && x.note.trim());
    return r ? [{ person: p, choice: r.choice, note: r.note }] : [];
  });
  if (noted.length === 0) return <Caption1>No notes on this row.</Caption1>;
  return (
    <ul className={styles.notes}>
      {noted.map(({ person, choice, note }) => (
        <li key={person.id}>
          <Body1>
            <strong>
              {person.displayName} ({choiceText(choice)}):
            </strong>{' '}
            <CappedText text={note} />
          </Body1>
        </li>
      ))}
    </ul>
  );
}

const choiceText = (choice: ReflectionChoice | undefined): string =>
  choice === undefined ? 'no column chosen yet' : choice === 'not-sure' ? 'not sure' : `chose ${choice}`;
