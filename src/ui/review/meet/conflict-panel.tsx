import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useEffect, useId, useRef } from 'react';

import type { AgreedBestFit, Participant } from '../../../domain/review/types';
import { VersionCard } from './version-card';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, outline: 'none' },
  versions: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 700px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * Two people saved the same row at once. Both versions side by side; nothing is lost whichever is chosen.
 * Focus moves here so a keyboard or screen-reader user meets the choice at once.
 */
export function ConflictPanel(props: {
  theirs: AgreedBestFit | null;
  mine: AgreedBestFit;
  participants: readonly Participant[];
  busy: boolean;
  onKeepTheirs: () => void;
  onKeepMine: () => void;
  onCombine: () => void;
}): ReactNode {
  const styles = useStyles();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <section className={styles.panel} aria-labelledby={headingId} tabIndex={-1} ref={panel}>
      <Subtitle2 block as="h4" id={headingId}>
        Two versions of this best fit
      </Subtitle2>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Someone else saved this row while you were editing it.</MessageBarTitle>
          Nothing has been lost. Keep their version, keep yours, or combine the two and check the result before
          saving.
        </MessageBarBody>
      </MessageBar>
      <div className={styles.versions}>
        <VersionCard title="Their version" fit={props.theirs} participants={props.participants} />
        <VersionCard title="Your version" fit={props.mine} participants={props.participants} />
      </div>
      <div className={styles.actions}>
        <Button onClick={props.onKeepTheirs} disabled={props.busy}>
          Keep theirs
        </Button>
        <Button onClick={props.onKeepMine} disabled={props.busy}>
          Keep mine
        </Button>
        <Button appearance="primary" onClick={props.onCombine} disabled={props.busy}>
          Combine
        </Button>
      </div>
    </section>
  );
}
