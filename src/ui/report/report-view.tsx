import type { ReactNode } from 'react';

import { previousAcademicYear } from '../../domain/academic-year';
import type { InstitutionData } from '../../domain/institution-data';
import type { YearRecord } from '../../domain/years/types';
import { Loading } from '../common/states';
import { YearGate } from '../common/year-gate';
import { useAcademicYearParam } from '../common/year-picker';
import { useReportQuery, useReportYears } from './data/queries';
import { useReportPrintStyles } from './parts/print-styles';
import { ReportDocument } from './report-document';

/** The year before the paper's, as the summary compares it; undefined when the site holds nothing for it. */
function yearRecordOf(data: InstitutionData | null | undefined): YearRecord | undefined {
  if (!data?.academicYear) return undefined;
  return { academicYear: data.academicYear, provisionMap: data.provisionMap, plan: data.plan, statutory: data.statutory };
}

/** The governors' report: read-only for everyone, printable as a board paper. */
export function ReportView(props: { today: string }): ReactNode {
  useReportPrintStyles();
  const [year, setYear] = useAcademicYearParam();
  const query = useReportQuery(year);
  // Last year's records, for "since last year"; the paper waits for them so it prints whole, but goes without them if they fail.
  const last = useReportQuery(previousAcademicYear(year));
  const refresh = (): void => {
    void query.refetch();
    void last.refetch();
  };
  return (
    <YearGate year={year} onYearChange={setYear} years={useReportYears().data} query={query} loading="Gathering the governors' report…" failed="The report could not be gathered">
      {(data) =>
        last.isPending ? (
          <Loading label="Gathering last year's records…" />
        ) : (
          <ReportDocument data={data} lastYear={yearRecordOf(last.data)} today={props.today} onRefresh={refresh} />
        )
      }
    </YearGate>
  );
}
