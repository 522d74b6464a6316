import { makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { columnLabels } from '../../domain/catalogue/columns';
import type { ColumnNumber } from '../../domain/catalogue/types';
import type { Bearing, RowBearing } from '../../domain/report/types';
import { useTableStyles } from '../common/table-styles';
import { ToneIcon, ToneLine } from '../common/tone';

const useStyles = makeStyles({
  bearing: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, breakInside: 'avoid' },
  title: { fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  small: { fontSize: tokens.fontSizeBase200 },
  detail: { display: 'block', color: tokens.colorNeutralForeground2, whiteSpace: 'pre-wrap', fontWeight: tokens.fontWeightRegular },
  rowName: { fontWeight: tokens.fontWeightSemibold },
  regular: { fontWeight: tokens.fontWeightRegular },
  column: { width: '9em' },
  change: { width: '7em' },
  count: { width: '5.5em' },
  year: { whiteSpace: 'nowrap', width: '6em' },
  cellLine: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
});

const columnText = (c: ColumnNumber): string => `${c} ${columnLabels.find((l) => l.column === c)?.label ?? ''}`;

/** "Up from 1", "Same", "New", in words (never an arrow alone). */
function changeWords(r: RowBearing): string {
  switch (r.change) {
    case 'up':
      return `Up from ${r.previous}`;
    case 'down':
      return `Down from ${r.previous}`;
    case 'same':
      return 'Same';
    case 'new':
      return r.previous === undefined ? '—' : 'New';
    default:
      return '—';
  }
}

function RowsTable(props: { rows: readonly RowBearing[]; caption: string }): ReactNode {
  const styles = useStyles();
  const t = useTableStyles();
  const th = mergeClasses(t.cell, t.head, styles.small);
  return (
    <table className={t.table}>
      <caption className={mergeClasses(t.caption, styles.small)}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>
            Row
          </th>
          <th scope="col" className={mergeClasses(th, styles.column)}>
            Agreed
          </th>
          <th scope="col" className={mergeClasses(th, styles.change)}>
            Change
          </th>
          <th scope="col" className={mergeClasses(th, styles.count)}>
            Actions in the plan
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.rowId}>
            <th scope="row" className={mergeClasses(t.cell, styles.small, styles.regular)}>
              <span className={styles.rowName}>{`${r.rowId} ${r.title}`}</span>
              {r.evidence ? <span className={styles.detail}>Evidence: {r.evidence}</span> : null}
              {r.nextSteps ? <span className={styles.detail}>Next steps: {r.nextSteps}</span> : null}
            </th>
            <td className={mergeClasses(t.cell, styles.small)}>{r.column ? columnText(r.column) : 'Not agreed'}</td>
            <td className={mergeClasses(t.cell, styles.small)}>{changeWords(r)}</td>
            <td className={mergeClasses(t.cell, t.number, styles.small)}>{r.actions}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One piece of data beside a governor's question: a list of lines, maturity rows, or year groups. */
export function BearingView(props: { bearing: Bearing }): ReactNode {
  const styles = useStyles();
  const t = useTableStyles();
  const b = props.bearing;
  if (b.kind === 'rows') {
    return (
      <div className={styles.bearing}>
        {b.rows.length ? <RowsTable rows={b.rows} caption={b.title} /> : null}
        {b.empty ? (
          <ToneLine tone="gap" as="p">
            {b.empty}
          </ToneLine>
        ) : null}
      </div>
    );
  }
  if (b.kind === 'years') {
    const th = mergeClasses(t.cell, t.head, styles.small);
    return (
      <div className={styles.bearing}>
        <table className={t.table}>
          <caption className={mergeClasses(t.caption, styles.small)}>{b.title}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                Year group
              </th>
              <th scope="col" className={th}>
                Activities
              </th>
            </tr>
          </thead>
          <tbody>
            {b.years.map((y) => (
              <tr key={y.yearGroup}>
                <th scope="row" className={mergeClasses(t.cell, styles.small, styles.year)}>
                  <span className={styles.cellLine}>
                    <ToneIcon tone={y.tone} />
                    {y.label}
                  </span>
                </th>
                <td className={mergeClasses(t.cell, styles.small)}>{y.activities.length ? y.activities.join('; ') : 'None'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {b.findings.length ? (
          <ul className={mergeClasses(styles.list, styles.small)}>
            {b.findings.map((l) => (
              <ToneLine key={l.text} tone={l.tone}>
                {l.text}
              </ToneLine>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  return (
    <div className={styles.bearing}>
      <Subtitle2 as="p" className={styles.title}>
        {b.title}
      </Subtitle2>
      <ul className={mergeClasses(styles.list, styles.small)}>
        {b.lines.map((l) => (
          <ToneLine key={l.text} tone={l.tone}>
            {l.text}
          </ToneLine>
        ))}
      </ul>
    </div>
  );
}
