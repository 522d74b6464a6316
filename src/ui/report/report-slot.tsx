import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { todayIso } from '../common/ids';
import { useQueryParam } from '../common/url-state';
import { PublishedInformationView } from './published-information-view';
import { ReportView } from './report-view';

const useStyles = makeStyles({
  nav: { marginBottom: tokens.spacingVerticalL, '@media print': { display: 'none' } },
});

/**
 * The tab's 'report' view: the governors' report, the same for every reader, and beside it the careers information
 * the school publishes on its website (kept in the address as `?section=published`).
 */
export default function ReportSlot(): ReactNode {
  const styles = useStyles();
  const [section, setSection] = useQueryParam('section');
  const current = section === 'published' ? 'published' : 'report';
  const today = todayIso();
  return (
    <>
      <TabList className={styles.nav} selectedValue={current} onTabSelect={(_, d) => setSection(d.value === 'report' ? null : String(d.value))} aria-label="Reports">
        <Tab value="report">Governors&apos; report</Tab>
        <Tab value="published">Careers information for the website</Tab>
      </TabList>
      {current === 'published' ? <PublishedInformationView today={today} /> : <ReportView today={today} />}
    </>
  );
}
