import type { ReactNode } from 'react';

import { todayIso } from '../common/ids';
import { ReportView } from './report-view';

/** The tab's 'report' view: the governors' report, the same for every reader. */
export default function ReportSlot(): ReactNode {
  return <ReportView today={todayIso()} />;
}
