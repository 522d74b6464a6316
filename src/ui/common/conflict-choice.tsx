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

function Version(props: { title: string; lines: Described | null }): ReactNode {
  const styles = useStyles();
  return (
    <section className={styles.card} aria-label={props.title}>
      <Subtitle2 as="h3">{props.title}</Subtitle2>
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
        <Body1 as="p">Deleted: someone removed it.</Body1>
      )}
    </section>
  );
}

/**
 * Someone else saved first. Both versions side by side, and the person chooses; nothing is overwritten until
 * they do. Focus moves here so a keyboard or screen-reader user meets the choice at once.
 */
export function ConflictChoice(props: {
  what: string;
  theirs: Described | null;
  mine: Described;
  busy: boolean;
  onKeepTheirs: () => void;
  onKeepMine: () => void;
  /** Other words for a removal: "while you were removing it", "Remove anyway". */
  words?: { readonly doing: string; readonly nothing: string; readonly mine: string; readonly keepMine: string };
}): ReactNode {
  const styles = useStyles();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <section className={styles.panel} aria-labelledby={headingId} tabIndex={-1} ref={panel}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id={headingId}>Someone else changed {props.what} while you were {props.words?.doing ?? 'editing'} it.</MessageBarTitle>
          {props.words?.nothing ?? 'Nothing has been overwritten.'} Compare the two versions and choose which to keep.
        </MessageBarBody>
      </MessageBar>
      <div className={styles.versions}>
        <Version title="Their version" lines={props.theirs} />
        <Version title={props.words?.mine ?? 'Your version'} lines={props.mine} />
      </div>
      <div className={styles.actions}>
        <Button onClick={props.onKeepTheirs} disabled={props.busy}>
          Keep theirs
        </Button>
        <Button appearance="primary" onClick={props.onKeepMine} disabled={props.busy}>
          {props.busy ? 'Saving…' : (props.words?.keepMine ?? 'Keep mine')}
        </Button>
      </div>
    </section>
  );
}
