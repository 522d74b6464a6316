import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, DismissCircleFilled, WarningFilled } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

import { dutyStatusWords } from '../../domain/report';
import type { DutyStatus } from '../../domain/statutory/types';

const useStyles = makeStyles({
  status: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  icon: { fontSize: '16px', flexShrink: 0 },
  met: { color: tokens.colorPaletteGreenForeground1 },
  partly: { color: tokens.colorPaletteMarigoldForeground1 },
  not: { color: tokens.colorPaletteRedForeground1 },
});

/** Met, partly met or not met: a differently shaped icon and the words. */
export function DutyStatusMark(props: { status: DutyStatus }): ReactNode {
  const styles = useStyles();
  const Icon = { met: CheckmarkCircleFilled, 'partly-met': WarningFilled, 'not-met': DismissCircleFilled }[props.status];
  const colour = { met: styles.met, 'partly-met': styles.partly, 'not-met': styles.not }[props.status];
  return (
    <span className={styles.status}>
      <Icon aria-hidden className={mergeClasses(styles.icon, colour)} />
      {dutyStatusWords[props.status]}
    </span>
  );
}
