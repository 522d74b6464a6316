import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, useEffect, useId, useRef } from 'react';

import { ConflictButtons } from './conflict-buttons';
import { ConflictVersion, type Described } from './conflict-version';
import { type ConflictWords, defaultConflictWords } from './conflict-words';

export type { Described } from './conflict-version';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, outline: 'none' },
  versions: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 700px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
});

/**
 * Someone else saved first: both versions side by side, and the person chooses (keep theirs, keep mine, or —
 * where the form can merge them — combine the two); nothing is overwritten until they do. The one conflict view
 * of every form and dialog, the meeting's best fit and the Excel pane's sync. Focus moves here (unless several
 * are listed at once) so a keyboard or screen-reader user meets the choice at once.
 */
export function ConflictChoice(props: {
  what: string;
  theirs: Described | null;
  mine: Described | null;
  busy?: boolean;
  onKeepTheirs: () => void;
  onKeepMine: () => void;
  /** Offers a third choice, preferred: both versions combined in the form, to check before saving. */
  onCombine?: () => void;
  /** A visible heading that names the choice (else the message's title names it). */
  heading?: { readonly text: string; readonly level: 'h3' | 'h4' };
  /** The message above the versions, where the default words do not fit. */
  message?: { readonly title: string; readonly body: ReactNode };
  words?: Partial<ConflictWords>;
  /** Mine shown, and offered, first (the Excel pane: the workbook in hand, then the site). */
  mineFirst?: boolean;
  takeFocus?: boolean;
}): ReactNode {
  const styles = useStyles();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  const { takeFocus = true, busy = false } = props;
  useEffect(() => {
    if (takeFocus) panel.current?.focus();
  }, [takeFocus]);
  const words = { ...defaultConflictWords, ...props.words };
  const message = props.message ?? {
    title: `Someone else changed ${props.what} while you were editing it.`,
    body: 'Nothing has been overwritten. Compare the two versions and choose which to keep.',
  };
  // The versions' headings sit one level below the choice's own.
  const level = props.heading?.level === 'h4' ? 'h5' : props.heading ? 'h4' : 'h3';
  const versions = [
    <ConflictVersion key="theirs" title={words.theirs} lines={props.theirs} deleted={words.deleted} level={level} />,
    <ConflictVersion key="mine" title={words.mine} lines={props.mine} deleted={words.deleted} level={level} />,
  ];
  if (props.mineFirst) versions.reverse();
  const Heading = props.heading?.level ?? 'h4';
  return (
    <section className={styles.panel} aria-labelledby={headingId} tabIndex={takeFocus ? -1 : undefined} ref={panel}>
      {props.heading ? (
        <Subtitle2 block as={Heading} id={headingId}>
          {props.heading.text}
        </Subtitle2>
      ) : null}
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle {...(props.heading ? {} : { id: headingId })}>{message.title}</MessageBarTitle>
          {message.body}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.versions}>{versions}</div>
      <ConflictButtons
        words={words}
        busy={busy}
        mineFirst={props.mineFirst ?? false}
        onKeepTheirs={props.onKeepTheirs}
        onKeepMine={props.onKeepMine}
        onCombine={props.onCombine}
      />
    </section>
  );
}
