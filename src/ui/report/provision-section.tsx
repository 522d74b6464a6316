import { Body1, Subtitle1, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { ProvisionSummary } from '../../domain/report/types';
import { CoverageTable } from './coverage-table';
import { PalTable } from './pal-table';
import { useReportStyles } from './parts/report-styles';
import { paperSections } from './parts/sections';
import { ToneLine } from '../common/tone';

const { id, title } = paperSections.provision;

/** Provision coverage (stages by year group) and Provider Access Legislation per key phase, with the map's gaps. */
export function ProvisionSection(props: { provision: ProvisionSummary }): ReactNode {
  const s = useReportStyles();
  const p = props.provision;
  const gaps = p.findings.filter((f) => f.severity === 'gap');
  return (
    <section className={s.section} aria-labelledby={id}>
      <Subtitle1 as="h2" id={id} className={s.headingKeep}>
        {title}
      </Subtitle1>
      <Body1 as="p">
        {p.activityCount} activities; {p.filledCells} of the {p.totalCells} stage and year group cells have at least one.{' '}
        {p.outcomes.addressed} of the {p.outcomes.total} universal learning outcomes are addressed, {p.outcomes.progressing} at more than
        one stage.
      </Body1>
      <CoverageTable coverage={p.coverage} />
      <div className={s.sub}>
        <PalTable pal={p.pal} />
      </div>
      <div className={s.sub}>
        <Subtitle2 as="h3">Gaps the provision map shows ({gaps.length})</Subtitle2>
        {gaps.length ? (
          <ul className={s.plainList}>
            {gaps.map((f) => (
              <ToneLine key={f.message} tone="gap">
                {f.message}
              </ToneLine>
            ))}
          </ul>
        ) : (
          <Body1 as="p">None.</Body1>
        )}
      </div>
    </section>
  );
}
