import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { ConflictWords } from './conflict-words';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** A conflict's choices: keep theirs, keep mine and, where the form can merge them, combine (then preferred). */
export function ConflictButtons(props: {
  words: ConflictWords;
  busy: boolean;
  mineFirst: boolean;
  onKeepTheirs: () => void;
  onKeepMine: () => void;
  onCombine: (() => void) | undefined;
}): ReactNode {
  const styles = useStyles();
  const { busy, words } = props;
  const choices = [
    <Button key="theirs" onClick={props.onKeepTheirs} disabled={busy}>
      {words.keepTheirs}
    </Button>,
    <Button key="mine" appearance={props.onCombine ? 'secondary' : 'primary'} onClick={props.onKeepMine} disabled={busy}>
      {busy && !props.onCombine ? 'Saving…' : words.keepMine}
    </Button>,
  ];
  if (props.mineFirst) choices.reverse();
  return (
    <div className={styles.actions}>
      {choices}
      {props.onCombine ? (
        <Button appearance="primary" onClick={props.onCombine} disabled={busy}>
          Combine
        </Button>
      ) : null}
    </div>
  );
}
