import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { ImpactFinding } from '../../domain/impact';
import type { Tone } from '../../domain/report/types';
import { ToneLine } from '../common/tone';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'grid', gap: tokens.spacingVerticalXS },
});

/** A gap to act on shows as a gap; good news as in place; advice as a note. */
const toneOf: Readonly<Record<ImpactFinding['severity'], Tone>> = { gap: 'gap', info: 'met', advice: 'info' };

/** What the figures say, in plain words: gaps first. */
export function FindingsList(props: { findings: readonly ImpactFinding[]; empty: string; label: string }): ReactNode {
  const styles = useStyles();
  if (props.findings.length === 0) return <Body1 as="p">{props.empty}</Body1>;
  const order = { gap: 0, advice: 1, info: 2 } as const;
  const sorted = [...props.findings].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <ul aria-label={props.label} className={styles.list}>
      {sorted.map((f) => (
        <ToneLine key={`${f.kind}|${f.message}`} tone={toneOf[f.severity]}>
          {f.message}
        </ToneLine>
      ))}
    </ul>
  );
}
