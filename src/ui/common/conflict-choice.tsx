import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { CappedText } from './capped-text';

/** A value to compare, as labelled lines of text. */
export type Described = readonly (readonly [label: string, value: string])[];

/** What the two sides and the choices are called where the default words do not fit (the Excel pane's sync). */
export interface ConflictWords {
  readonly theirs: string;
  readonly mine: string;
  readonly keepTheirs: string;
  readonly keepMine: string;
  /** Said of a side that no longer exists. */
  readonly deleted: string;
}

const defaultWords: ConflictWords = {
  theirs: 'Their version',
  mine: 'Your version',
  keepTheirs: 'Keep theirs',
  keepMine: 'Keep mine',
  deleted: 'Deleted: someone removed it.',
};

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, outline: 'none' },
  versions: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 700px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  card: {
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  list: { margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  value: { marginLeft: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function Version(props: { title: string; lines: Described | null; deleted: string; level: 'h3' | 'h4' | 'h5' }): ReactNode {
  const styles = useStyles();
  return (
    <section className={styles.card} aria-label={props.title}>
      <Subtitle2 as={props.level}>{props.title}</Subtitle2>
      {props.lines ? (
        <dl className={styles.list}>
          {props.lines.map(([label, value]) => (
            <div key={label}>
              <dt className={styles.term}>{label}</dt>
              <dd className={styles.value}>{value ? <CappedText text={value} /> : '—'}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <Body1 as="p">{props.deleted}</Body1>
      )}
    </section>
  );
}

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
  const words = { ...defaultWords, ...props.words };
  const message = props.message ?? {
    title: `Someone else changed ${props.what} while you were editing it.`,
    body: 'Nothing has been overwritten. Compare the two versions and choose which to keep.',
  };
  // The versions' headings sit one level below the choice's own.
  const level = props.heading?.level === 'h4' ? 'h5' : props.heading ? 'h4' : 'h3';
  const versions = [
    <Version key="theirs" title={words.theirs} lines={props.theirs} deleted={words.deleted} level={level} />,
    <Version key="mine" title={words.mine} lines={props.mine} deleted={words.deleted} level={level} />,
  ];
  const choices = [
    <Button key="theirs" onClick={props.onKeepTheirs} disabled={busy}>
      {words.keepTheirs}
    </Button>,
    <Button key="mine" appearance={props.onCombine ? 'secondary' : 'primary'} onClick={props.onKeepMine} disabled={busy}>
      {busy && !props.onCombine ? 'Saving…' : words.keepMine}
    </Button>,
  ];
  if (props.mineFirst) {
    versions.reverse();
    choices.reverse();
  }
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
      <div className={styles.actions}>
        {choices}
        {props.onCombine ? (
          <Button appearance="primary" onClick={props.onCombine} disabled={busy}>
            Combine
          </Button>
        ) : null}
      </div>
    </section>
  );
}
