import { Body1, Button, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, PrintRegular } from '@fluentui/react-icons';
import { type ReactNode, useMemo } from 'react';

import type { InstitutionData } from '../../domain/institution-data';
import { governorsReport } from '../../domain/report';
import { formatDate } from '../../domain/validation/dates';
import { QueryGate } from '../common/query-gate';
import { PlanSection } from './plan-section';
import { useReportPrintStyles } from './parts/print-styles';
import { ProvisionSection } from './provision-section';
import { QuestionsSection } from './questions-section';
import { useReportQuery } from './data/queries';
import { ReportSummary } from './report-summary';
import { SnapshotSection } from './snapshot-section';
import { StatutorySection } from './statutory-section';

const useStyles = makeStyles({
  report: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  head: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  controls: { display: 'flex', gap: tokens.spacingHorizontalS, '@media print': { display: 'none' } },
});

/** The governors' report: read-only for everyone, printable to a clean A4 document. */
export function ReportView(props: { today: string }): ReactNode {
  useReportPrintStyles();
  const query = useReportQuery();
  return (
    <QueryGate query={query} loading="Gathering the governors' report…" failed="The report could not be gathered">
      {(data) => <ReportDocument data={data} today={props.today} onRefresh={() => void query.refetch()} />}
    </QueryGate>
  );
}

/** The report itself, for the data as loaded. */
export function ReportDocument(props: { data: InstitutionData; today: string; onRefresh: () => void }): ReactNode {
  const styles = useStyles();
  const report = useMemo(() => governorsReport(props.data, props.today), [props.data, props.today]);
  return (
    <article className={styles.report} data-governors-report aria-labelledby="report-title">
      <div className={styles.head}>
        <div className={styles.titles}>
          <Title2 as="h2" id="report-title">
            Governors&apos; report: {report.institution.name}
          </Title2>
          <Body1 as="p">Careers education and guidance, as at {formatDate(report.asOf)}.</Body1>
        </div>
        <div className={styles.controls}>
          <Button icon={<PrintRegular />} onClick={() => window.print()}>
            Print or save as PDF
          </Button>
          <Button icon={<ArrowClockwiseRegular />} onClick={props.onRefresh}>
            Refresh
          </Button>
        </div>
      </div>
      <ReportSummary report={report} />
      <SnapshotSection snapshot={report.snapshot} />
      <ProvisionSection provision={report.provision} />
      <PlanSection plan={report.plan} hasReview={report.snapshot.current !== undefined} />
      <StatutorySection statutory={report.statutory} />
      <QuestionsSection
        id="report-key-questions"
        title="Key strategic questions"
        intro="The governors' guide's questions to support and challenge leaders, each with the data Waypoint holds that bears on it."
        groups={report.keyQuestions}
      />
      <QuestionsSection
        id="report-prompt-questions"
        title="Prompt questions for each benchmark"
        intro="Questions for the Link Governor to consider with the Careers Leader, benchmark by benchmark, with the data beside each."
        groups={report.benchmarkQuestions.map((b) => ({ heading: `Benchmark ${b.benchmark}: ${b.name}`, questions: b.questions }))}
      />
    </article>
  );
}
