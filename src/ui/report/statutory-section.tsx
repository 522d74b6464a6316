import { Body1, Subtitle1 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { StatutorySummary } from '../../domain/report/types';
import { DutyChecklist } from '../common/duty-checklist';
import { useReportStyles } from './parts/report-styles';

/** The statutory duties checklist, as recorded and checked against the provision map. */
export function StatutorySection(props: { statutory: StatutorySummary }): ReactNode {
  const s = useReportStyles();
  const { counts } = props.statutory;
  return (
    <section className={s.section} aria-labelledby="report-statutory">
      <Subtitle1 as="h2" id="report-statutory">
        Statutory duties
      </Subtitle1>
      <Body1 as="p">
        {counts.met} met, {counts['partly-met']} partly met, {counts['not-met']} not met.
      </Body1>
      <DutyChecklist checks={props.statutory.checks} details={props.statutory.details} links={props.statutory.links} caption="Statutory duties checklist" />
    </section>
  );
}
