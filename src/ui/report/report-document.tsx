import { Body1, Button, makeStyles, Subtitle1, Title2, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, PrintRegular } from '@fluentui/react-icons';
import { type ReactNode, useEffect, useMemo } from 'react';

import type { InstitutionData } from '../../domain/institution-data';
import { boardPaper } from '../../domain/report';
import { formatDate } from '../../domain/validation/dates';
import type { YearRecord } from '../../domain/years/types';
import { ReportImpactSlot } from '../common/feature-slots';
import { BenchmarksSection, KeyQuestionsSection } from './benchmarks-section';
import { pageMarginCss } from './parts/print-styles';
import { PlanSection } from './plan-section';
import { ProvisionSection } from './provision-section';
import { ReportSummary } from './report-summary';
import { SnapshotSection } from './snapshot-section';
import { StatutorySection } from './statutory-section';

const useStyles = makeStyles({
  report: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, '@media print': { gap: tokens.spacingVerticalM } },
  cover: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  facts: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  controls: { display: 'flex', gap: tokens.spacingHorizontalS, '@media print': { display: 'none' } },
});

/** Parts folded away on screen are opened before printing, so the paper always has everything. */
function useOpenForPrint(): void {
  useEffect(() => {
    const open = (): void => {
      for (const d of document.querySelectorAll<HTMLDetailsElement>('[data-governors-report] details')) d.open = true;
    };
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
}

/** The board paper for the data as loaded: a cover, a summary, a section per theme, the benchmarks' questions. */
export function ReportDocument(props: { data: InstitutionData; lastYear?: YearRecord | undefined; today: string; onRefresh: () => void }): ReactNode {
  const styles = useStyles();
  useOpenForPrint();
  const paper = useMemo(() => boardPaper(props.data, props.today, props.lastYear), [props.data, props.today, props.lastYear]);
  const { cover } = paper;
  const name = `Governors' report: ${cover.institutionName}`;
  return (
    <article className={styles.report} data-governors-report aria-label={name}>
      <style>{pageMarginCss(`${cover.institutionName}: careers report to the governing body`, formatDate(cover.date))}</style>
      <header className={styles.cover}>
        <div className={styles.titles}>
          <Subtitle1 as="p">{cover.institutionName}</Subtitle1>
          <Title2 as="h2" id="report-title">
            {cover.title}
          </Title2>
          <dl className={styles.facts}>
            <dt className={styles.term}>Date</dt>
            <dd className={styles.detail}>{formatDate(cover.date)}</dd>
            <dt className={styles.term}>Period covered</dt>
            <dd className={styles.detail}>{cover.period.label}</dd>
          </dl>
          <Body1 as="p">Prepared with Waypoint from the careers team&apos;s own records. Words in quotation marks are the guidance&apos;s, with their source.</Body1>
        </div>
        <div className={styles.controls}>
          <Button icon={<PrintRegular />} onClick={() => window.print()}>
            Print or save as PDF
          </Button>
          <Button icon={<ArrowClockwiseRegular />} onClick={props.onRefresh}>
            Refresh
          </Button>
        </div>
      </header>
      <ReportSummary summary={paper.summary} />
      <StatutorySection statutory={paper.statutory} />
      <SnapshotSection snapshot={paper.maturity.snapshot} table={paper.maturity.table} />
      <ProvisionSection provision={paper.provision} />
      <ReportImpactSlot />
      <PlanSection plan={paper.plan} hasReview={paper.maturity.snapshot.current !== undefined} />
      <KeyQuestionsSection groups={paper.keyQuestions} />
      <BenchmarksSection benchmarks={paper.benchmarks} />
    </article>
  );
}
