import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { statutoryItemLabel, statutoryItems } from '../../domain/catalogue/statutory';
import type { StatutoryItemId } from '../../domain/catalogue/types';
import type { DutyCheck } from '../../domain/statutory/types';
import { useTableStyles } from './table-styles';
import { DutyStatusMark } from './duty-status';
import { CappedText } from './capped-text';
import { LinkedText } from './linked-text';

const useStyles = makeStyles({
  requirement: { display: 'block', color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, marginTop: tokens.spacingVerticalXXS },
  missing: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The statutory duties checklist: each duty, its status in words and icon, who is recorded and what is missing. */
export function DutyChecklist(props: {
  checks: readonly DutyCheck[];
  details: Readonly<Partial<Record<StatutoryItemId, string>>>;
  links: Readonly<Partial<Record<StatutoryItemId, string>>>;
  caption: string;
  showRequirement?: boolean;
}): ReactNode {
  const styles = useStyles();
  const t = useTableStyles();
  const th = mergeClasses(t.cell, t.head);
  return (
    <div className={t.scroll}>
      <table className={mergeClasses(t.table, t.fixed)}>
        <caption className={t.caption}>{props.caption}</caption>
        <colgroup>
          <col style={{ width: '24%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: '26%' }} />
          <col style={{ width: '33%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Duty
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={th}>
              Recorded
            </th>
            <th scope="col" className={th}>
              What is missing
            </th>
          </tr>
        </thead>
        <tbody>
          {props.checks.map((check) => {
            const duty = statutoryItems.find((d) => d.id === check.duty);
            return (
              <tr key={check.duty}>
                <th scope="row" className={t.cell}>
                  {statutoryItemLabel(check.duty)}
                  {props.showRequirement && duty ? <Caption1 className={styles.requirement}>“{duty.quote}”</Caption1> : null}
                </th>
                <td className={t.cell}>
                  <DutyStatusMark status={check.status} />
                </td>
                <td className={mergeClasses(t.cell, t.text)}>
                  <CappedText text={props.details[check.duty] ?? '—'} render={(text) => <LinkedText text={text} url={props.links[check.duty]} />} />
                </td>
                <td className={t.cell}>
                  {check.missing.length + check.notes.length ? (
                    <ul className={styles.missing}>
                      {check.missing.map((m) => (
                        <li key={m}>{m}</li>
                      ))}
                      {check.notes.map((m) => (
                        <li key={m}>Note: {m}</li>
                      ))}
                    </ul>
                  ) : (
                    'Nothing'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
