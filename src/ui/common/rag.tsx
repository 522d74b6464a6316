import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, DismissCircleFilled, WarningFilled } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

import type { Rag } from '../../domain/plan/types';

const useStyles = makeStyles({
  rag: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  icon: { fontSize: '16px', flexShrink: 0 },
  red: { color: tokens.colorPaletteRedForeground1 },
  amber: { color: tokens.colorPaletteMarigoldForeground1 },
  green: { color: tokens.colorPaletteGreenForeground1 },
});

export const ragNames: Readonly<Record<Rag, string>> = { red: 'Red', amber: 'Amber', green: 'Green' };

/** A RAG status as an icon of its own shape and the word: never colour alone. */
export function RagStatus(props: { rag: Rag; suffix?: string }): ReactNode {
  const styles = useStyles();
  const Icon = { red: DismissCircleFilled, amber: WarningFilled, green: CheckmarkCircleFilled }[props.rag];
  return (
    <span className={styles.rag}>
      <Icon aria-hidden className={mergeClasses(styles.icon, styles[props.rag])} />
      {ragNames[props.rag]}
      {props.suffix ?? ''}
    </span>
  );
}
