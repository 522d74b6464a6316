import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, InfoRegular, WarningFilled } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

import type { Tone } from '../../domain/report/types';
import { useVisuallyHidden } from './visually-hidden';

const useStyles = makeStyles({
  icon: { fontSize: '16px', flexShrink: 0, marginTop: '2px' },
  met: { color: tokens.colorPaletteGreenForeground1 },
  gap: { color: tokens.colorPaletteRedForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
  line: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

export const toneWords: Readonly<Record<Tone, string>> = { met: 'In place', gap: 'Gap', info: 'Note' };

/** A tone's icon, whose shape differs by tone, with its word for screen readers. */
export function ToneIcon(props: { tone: Tone }): ReactNode {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const Icon = { met: CheckmarkCircleFilled, gap: WarningFilled, info: InfoRegular }[props.tone];
  return (
    <>
      <Icon aria-hidden className={mergeClasses(styles.icon, styles[props.tone])} />
      <span className={hidden.hidden}>{toneWords[props.tone]}: </span>
    </>
  );
}

/** One line of evidence: the icon, then the words. */
export function ToneLine(props: { tone: Tone; children: ReactNode; as?: 'li' | 'p' | 'div' }): ReactNode {
  const styles = useStyles();
  const Tag = props.as ?? 'li';
  return (
    <Tag className={styles.line}>
      <ToneIcon tone={props.tone} />
      <span className={styles.text}>{props.children}</span>
    </Tag>
  );
}
