import { Body1, mergeClasses, Subtitle1, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { palKeyPhases } from '../../domain/catalogue/statutory';
import { yearLabel, yearsLabel } from '../../domain/provision-map/labels';
import type { ProvisionSummary } from '../../domain/report/types';
import { useTableStyles } from '../common/table-styles';
import { useReportStyles } from './parts/report-styles';
import { paperSections } from './parts/sections';
import { ToneLine } from '../common/tone';

const { id, title } = paperSections.provision;
const phaseNames = { first: 'First key phase', second: 'Second key phase', third: 'Third key phase' } as const;

/** Provision coverage (stages by year group) and Provider Access Legislation per key phase, with the map's gaps. */
export function ProvisionSection(props: { provision: ProvisionSummary }): ReactNode {
  const s = useReportStyles();
  const t = useTableStyles();
  const p = props.provision;
  const th = mergeClasses(t.cell, t.head);
  const years = p.coverage.stages[0]?.cells.map((c) => c.yearGroup) ?? [];
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
      <div className={t.scroll}>
        <table className={t.table}>
          <caption className={t.caption}>Coverage: number of activities by stage and year group</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                Stage
              </th>
              {years.map((y) => (
                <th key={y} scope="col" className={mergeClasses(th, t.number)}>
                  {yearLabel(y)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.coverage.stages.map((row) => (
              <tr key={row.stage.id}>
                <th scope="row" className={t.cell}>
                  {row.stage.name}
                </th>
                {row.cells.map((c) => (
                  <td key={c.yearGroup} className={mergeClasses(t.cell, t.number)}>
                    {c.count === 0 ? 'None' : c.count}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={s.sub}>
        <div className={t.scroll}>
          <table className={mergeClasses(t.table, t.fixed)}>
            <caption className={t.caption}>Provider Access Legislation: encounters per key phase</caption>
            <colgroup>
              <col style={{ width: '26%' }} />
              <col style={{ width: '13%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '19%' }} />
              <col style={{ width: '30%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Key phase
                </th>
                <th scope="col" className={mergeClasses(th, t.number)}>
                  Encounters
                </th>
                <th scope="col" className={mergeClasses(th, t.number)}>
                  Required
                </th>
                <th scope="col" className={th}>
                  Status
                </th>
                <th scope="col" className={th}>
                  Providers
                </th>
              </tr>
            </thead>
            <tbody>
              {p.pal.map((c) => {
                const phaseYears = palKeyPhases.find((k) => k.id === c.phase)?.yearGroups ?? c.yearGroups;
                return (
                  <tr key={c.phase}>
                    <th scope="row" className={t.cell}>
                      {phaseNames[c.phase]} ({yearsLabel(phaseYears)})
                    </th>
                    <td className={mergeClasses(t.cell, t.number)}>{c.status === 'not-applicable' ? '—' : c.encounters}</td>
                    <td className={mergeClasses(t.cell, t.number)}>{c.required}</td>
                    <td className={t.cell}>
                      <ToneLine as="div" tone={c.status === 'met' ? 'met' : c.status === 'short' ? 'gap' : 'info'}>
                        {c.status === 'met' ? 'Met' : c.status === 'short' ? `Short by ${c.shortBy}` : 'Not applicable'}
                        {c.mandatoryToAttend ? '' : ' (attending optional)'}
                      </ToneLine>
                    </td>
                    <td className={t.cell}>{c.providers.join('; ') || '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
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
