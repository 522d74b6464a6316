import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { palKeyPhases } from '../../domain/catalogue/statutory';
import { yearsLabel } from '../../domain/provision-map/labels';
import type { KeyPhaseCompliance } from '../../domain/provision-map/pal';
import { useTableStyles } from '../common/table-styles';
import { ToneLine } from '../common/tone';

const phaseNames = { first: 'First key phase', second: 'Second key phase', third: 'Third key phase' } as const;

/** Provider Access Legislation: the encounters each key phase has, against what it requires. */
export function PalTable(props: { pal: readonly KeyPhaseCompliance[] }): ReactNode {
  const t = useTableStyles();
  const th = mergeClasses(t.cell, t.head);
  return (
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
          {props.pal.map((c) => {
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
  );
}
