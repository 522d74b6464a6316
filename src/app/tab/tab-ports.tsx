import type { ReactNode } from 'react';

import type { ProvisionMapData } from '../../ui/map/data/port';
import { ProvideMapData } from '../../ui/map/data/queries';
import type { PlanData } from '../../ui/plan/data/port';
import { ProvidePlanData } from '../../ui/plan/data/queries';
import type { ReportData } from '../../ui/report/data/port';
import { ProvideReportData } from '../../ui/report/data/queries';
import type { ReviewData } from '../../ui/review/data/port';
import { ProvideReviewData } from '../../ui/review/data/queries';
import type { StatutoryData } from '../../ui/statutory/data/port';
import { ProvideStatutoryData } from '../../ui/statutory/data/queries';

/** The tab's features' data ports, one per slice. */
export interface TabPorts {
  readonly reviews: ReviewData;
  readonly plan: PlanData;
  readonly statutory: StatutoryData;
  readonly map: ProvisionMapData;
  readonly report: ReportData;
}

/** Gives each feature its port. */
export function ProvideTabPorts(props: { ports: TabPorts; children: ReactNode }): ReactNode {
  const { ports } = props;
  return (
    <ProvideReviewData port={ports.reviews}>
      <ProvidePlanData port={ports.plan}>
        <ProvideStatutoryData port={ports.statutory}>
          <ProvideMapData port={ports.map}>
            <ProvideReportData port={ports.report}>{props.children}</ProvideReportData>
          </ProvideMapData>
        </ProvideStatutoryData>
      </ProvidePlanData>
    </ProvideReviewData>
  );
}
