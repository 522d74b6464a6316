import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { CappedText } from './capped-text';

/** A value to compare, as labelled lines of text. */
export type Described = readonly (readonly [label: string, value: string])[];

const useStyles = makeStyles({
  card: {
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  list: { margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  value: { marginLeft: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** One side of a conflict: its labelled lines, or a sentence saying it no longer exists. */
export function ConflictVersion(props: { title: string; lines: Described | null; deleted: string; level: 'h3' | 'h4' | 'h5' }): ReactNode {
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
