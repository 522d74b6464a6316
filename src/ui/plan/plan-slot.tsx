import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { type ReactNode, useMemo } from 'react';

import { useServices } from '../common/services-context';
import { useQueryParam } from '../common/url-state';
import { createStatutoryData } from '../statutory/statutory-data-adapter';
import { StatutoryView } from '../statutory/statutory-view';
import { todayIso } from './parts/ids';
import { useDataContext } from './parts/use-data-context';
import { PlanView } from './plan-view';
import { usePlanData } from './use-plan-data';

const useStyles = makeStyles({
  nav: { marginBottom: tokens.spacingVerticalL, '@media print': { display: 'none' } },
});

/**
 * The tab's 'plan' view: the strategic careers plan and, beside it, the statutory duties record the plan and the
 * governors' report both draw on (kept in the address as `?section=statutory`).
 */
export default function PlanSlot(): ReactNode {
  const styles = useStyles();
  const { user } = useServices();
  const ctx = useDataContext();
  const plan = usePlanData();
  const statutory = useMemo(() => createStatutoryData(ctx), [ctx]);
  const [section, setSection] = useQueryParam('section');
  const current = section === 'statutory' ? 'statutory' : 'plan';
  const today = todayIso();
  return (
    <>
      <TabList className={styles.nav} selectedValue={current} onTabSelect={(_, d) => setSection(d.value === 'plan' ? null : String(d.value))} aria-label="Plan and duties">
        <Tab value="plan">Strategic careers plan</Tab>
        <Tab value="statutory">Statutory duties record</Tab>
      </TabList>
      {current === 'plan' ? (
        <PlanView data={plan} canEdit={!user.readOnly} today={today} />
      ) : (
        <StatutoryView data={statutory} canEdit={!user.readOnly} today={today} />
      )}
    </>
  );
}
