import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { lazy, type ReactNode } from 'react';

import { ProvideFeatureSlots } from '../../ui/common/feature-slots';

import { useServices } from '../../ui/common/services-context';
import { useQueryParam } from '../../ui/common/url-state';
import { StatutoryView } from '../../ui/statutory/statutory-view';
import { todayIso } from '../../ui/common/ids';
import { PlanView } from '../../ui/plan/plan-view';
import { createPlanData } from '../../ui/plan/data/adapter';
import { ProvidePlanData } from '../../ui/plan/data/queries';
import { createStatutoryData } from '../../ui/statutory/data/adapter';
import { ProvideStatutoryData } from '../../ui/statutory/data/queries';
import { useViewPort } from './tab-ports';
import { ViewQueries } from './view-queries';

/** A plan objective's key metric among the impact figures, and its progress (their own chunk). */
const slots = {
  keyMetricPicker: lazy(() => import('./impact-plan-slots').then((m) => ({ default: m.KeyMetricPickerPart }))),
  objectiveMetric: lazy(() => import('./impact-plan-slots').then((m) => ({ default: m.ObjectiveMetricPart }))),
};

const useStyles = makeStyles({
  // Wraps rather than scrolls sideways in a narrow window (320 px), as the tab's own navigation does.
  nav: { flexWrap: 'wrap', marginBottom: tokens.spacingVerticalL, '@media print': { display: 'none' } },
});

/**
 * The tab's 'plan' view (composed here, as it joins two features): the strategic careers plan and, beside it, the statutory duties record the plan and the
 * governors' report both draw on (kept in the address as `?section=statutory`).
 */
export default function PlanSlot(): ReactNode {
  const styles = useStyles();
  const { user } = useServices();
  const [section, setSection] = useQueryParam('section');
  const current = section === 'statutory' ? 'statutory' : 'plan';
  const today = todayIso();
  return (
    <ViewQueries>
    <ProvidePlanData port={useViewPort(createPlanData)}>
    <ProvideStatutoryData port={useViewPort(createStatutoryData)}>
      <TabList className={styles.nav} selectedValue={current} onTabSelect={(_, d) => setSection(d.value === 'plan' ? null : String(d.value))} aria-label="Plan and duties">
        <Tab value="plan">Strategic careers plan</Tab>
        <Tab value="statutory">Statutory duties record</Tab>
      </TabList>
      {current === 'plan' ? (
        <ProvideFeatureSlots slots={slots}>
          <PlanView canEdit={!user.readOnly} today={today} />
        </ProvideFeatureSlots>
      ) : (
        <StatutoryView canEdit={!user.readOnly} today={today} />
      )}
    </ProvideStatutoryData>
    </ProvidePlanData>
    </ViewQueries>
  );
}
