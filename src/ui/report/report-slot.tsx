import { type ReactNode, useMemo } from 'react';

import { todayIso } from '../plan/parts/ids';
import { useDataContext } from '../plan/parts/use-data-context';
import { createReportData } from './report-data-adapter';
import { ReportView } from './report-view';

/** The tab's 'report' view: the governors' report, the same for every reader. */
export default function ReportSlot(): ReactNode {
  const ctx = useDataContext();
  const data = useMemo(() => createReportData(ctx), [ctx]);
  return <ReportView data={data} today={todayIso()} />;
}
