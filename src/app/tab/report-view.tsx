import type { ReactNode } from 'react';

import { ProvideFeatureSlots } from '../../ui/common/feature-slots';
import { todayIso } from '../../ui/common/ids';
import { createImpactData } from '../../ui/impact/data/adapter';
import { ProvideImpactData } from '../../ui/impact/data/queries';
import { ReportDestinations } from '../../ui/impact/report-destinations';
import { ReportQuestionFigures } from '../../ui/impact/report-question-figures';
import { createReportData } from '../../ui/report/data/adapter';
import { ProvideReportData } from '../../ui/report/data/queries';
import ReportSlot from '../../ui/report/report-slot';
import { useViewPort } from './tab-ports';
import { ViewQueries } from './view-queries';

const slots = {
  reportImpact: () => <ReportDestinations today={todayIso()} />,
  questionFigures: (props: { question: string }) => <ReportQuestionFigures question={props.question} today={todayIso()} />,
};

/** The tab's 'report' view with its ports (the report's and the impact figures'), loaded when first opened. */
export default function TabReportView(): ReactNode {
  return (
    <ViewQueries>
    <ProvideReportData port={useViewPort(createReportData)}>
      <ProvideImpactData port={useViewPort(createImpactData)}>
        <ProvideFeatureSlots slots={slots}>
          <ReportSlot />
        </ProvideFeatureSlots>
      </ProvideImpactData>
    </ProvideReportData>
    </ViewQueries>
  );
}
