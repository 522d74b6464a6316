import type { ReactNode } from 'react';

import { createReportData } from '../../ui/report/data/adapter';
import { ProvideReportData } from '../../ui/report/data/queries';
import ReportSlot from '../../ui/report/report-slot';
import { useViewPort } from './tab-ports';
import { ViewQueries } from './view-queries';

/** The tab's 'report' view with its port, loaded (data code and all) when first opened. */
export default function TabReportView(): ReactNode {
  return (
    <ViewQueries>
    <ProvideReportData port={useViewPort(createReportData)}>
      <ReportSlot />
    </ProvideReportData>
    </ViewQueries>
  );
}
