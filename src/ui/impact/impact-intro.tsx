import { Body1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({ section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 } });

/** The Impact view's heading: what it holds, what for, and that it keeps figures only, never a record about a learner. */
export function ImpactIntro(): ReactNode {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="impact-heading">
      <Subtitle1 as="h2" id="impact-heading">
        Impact: destinations, learner perception, stakeholder voice and risk of NEET
      </Subtitle1>
      <Body1 as="p">
        The data that keeps the careers provision responsive, and the evidence for maturity rows 2.4 to 2.7. Waypoint keeps figures
        only — counts and percentages for groups of learners — in the team&apos;s own SharePoint site, never a record about an
        individual learner. Governors see them with small numbers hidden.
      </Body1>
    </section>
  );
}
