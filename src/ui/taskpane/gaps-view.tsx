import { Badge, Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { Finding } from '../../domain/findings';
import { EmptyState } from '../common/states';
import { type CellTargets, findingTargets } from './finding-targets';
import type { PaneRead } from './pane-read';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** The provision map's gaps, each able to select the cells it is about in the workbook. */
export function GapsView(props: { pane: PaneRead; onShow: (targets: CellTargets) => void }): ReactNode {
  const styles = useStyles();
  const { findings } = props.pane;
  if (findings.length === 0) {
    return <EmptyState title="No gaps found">Every year group has what the guidance looks for. Keep going.</EmptyState>;
  }
  const skipped = props.pane.template.problems.length;
  return (
    <>
      {skipped > 0 ? (
        <Caption1 as="p">Rows with problems are left out until they are fixed (the Publish tab lists them).</Caption1>
      ) : null}
      <ul className={styles.list} aria-label="Gaps in the provision map">
        {findings.map((finding, i) => (
          <GapItem key={`${finding.kind}-${i}`} finding={finding} targets={findingTargets(finding, props.pane)} onShow={props.onShow} />
        ))}
      </ul>
    </>
  );
}

function GapItem(props: { finding: Finding; targets: CellTargets; onShow: (targets: CellTargets) => void }): ReactNode {
  const styles = useStyles();
  const { finding, targets } = props;
  return (
    <li className={styles.item}>
      <Badge appearance="tint" color={finding.severity === 'gap' ? 'warning' : 'informative'}>
        {finding.severity === 'gap' ? 'Gap' : 'Advice'}
      </Badge>
      <Body1>{finding.message}</Body1>
      <Button size="small" appearance="secondary" onClick={() => props.onShow(targets)} aria-label={`Show ${targets.description}: ${finding.message}`}>
        Show {targets.description}
      </Button>
    </li>
  );
}
