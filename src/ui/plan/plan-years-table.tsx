import { Body1, makeStyles, mergeClasses, Subtitle1, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import type { PlanYear } from '../../domain/years/year-on-year';
import { useTableStyles } from '../common/table-styles';
import { yearOptionLabel } from '../common/year-picker';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  shown: { backgroundColor: tokens.colorBrandBackground2 },
});

const NUMBER_COLUMNS = ['Actions', 'Red', 'Amber', 'Green', 'Completed', 'Continued into the next year'] as const;

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** The years' rows as a table, the year on screen marked as current. */
export function PlanYearsTable(props: { readonly rows: readonly PlanYear[]; readonly shown: AcademicYear; readonly current: AcademicYear }): ReactNode {
  const styles = useStyles();
  const t = useTableStyles();
  const head = mergeClasses(t.cell, t.head);
  const number = mergeClasses(t.cell, t.number);
  return (
    <section className={styles.section} aria-labelledby="plan-years">
      <Subtitle1 as="h2" id="plan-years">
        Year on year
      </Subtitle1>
      <Body1 as="p">
        The action plan of each academic year: its actions by RAG status, how many were completed, and how many still open at the end of the
        year continued into the next.
      </Body1>
      {/* Scrolls sideways on a narrow screen: focusable so a keyboard can scroll it too. */}
      <div className={t.scroll} tabIndex={0} role="region" aria-labelledby="plan-years-table">
        <table className={t.table}>
          <caption className={t.caption} id="plan-years-table">
            RAG status and completion of the action plan, by academic year
          </caption>
          <thead>
            <tr>
              <th scope="col" className={head}>
                Academic year
              </th>
              {NUMBER_COLUMNS.map((name) => (
                <th key={name} scope="col" className={mergeClasses(head, t.number)}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => {
              const year = row.academicYear!;
              return (
                <tr key={year} className={year === props.shown ? styles.shown : undefined} {...(year === props.shown ? { 'aria-current': 'true' as const } : {})}>
                  <th scope="row" className={t.cell}>
                    {yearOptionLabel(year, props.current)}
                  </th>
                  <td className={number}>{row.actions}</td>
                  <td className={number}>{row.counts.red}</td>
                  <td className={number}>{row.counts.amber}</td>
                  <td className={number}>{row.counts.green}</td>
                  <td className={number}>
                    {row.completed} of {row.actions}
                    {row.actions ? ` (${percent(row.shareComplete)})` : ''}
                  </td>
                  <td className={number}>{row.carriedForward}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
