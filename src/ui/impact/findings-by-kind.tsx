import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { ImpactFinding } from '../../domain/impact';
import { FindingsList } from './findings-list';

const useStyles = makeStyles({
  groups: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 26rem), 1fr))', gap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
});

/** The maturity row each finding bears on names its group: the careers impact evaluation rows 2.4–2.6. */
const groups: readonly { readonly title: string; readonly keep: (f: ImpactFinding) => boolean }[] = [
  { title: 'Destinations and risk of NEET', keep: (f) => f.rowIds.includes('2.4') },
  { title: 'Learner perception', keep: (f) => f.rowIds.includes('2.5') },
  { title: 'Stakeholder voice', keep: (f) => f.rowIds.includes('2.6') },
  { title: 'Across the evidence', keep: (f) => !['2.4', '2.5', '2.6'].some((r) => f.rowIds.includes(r)) },
];

/** What the figures say, in plain words, grouped by the evidence they come from; gaps first in each group. */
export function FindingsByKind(props: { findings: readonly ImpactFinding[] }): ReactNode {
  const styles = useStyles();
  if (props.findings.length === 0) return <Body1 as="p">Nothing to point out yet: record some figures first.</Body1>;
  return (
    <div className={styles.groups}>
      {groups.map((g) => {
        const mine = props.findings.filter(g.keep);
        if (mine.length === 0) return null;
        return (
          <section key={g.title} className={styles.group} aria-label={`What the figures say: ${g.title}`}>
            <Subtitle2 as="h4">{g.title}</Subtitle2>
            <FindingsList findings={mine} label={g.title} empty="" />
          </section>
        );
      })}
    </div>
  );
}
