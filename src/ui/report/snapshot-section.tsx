import { Body1, mergeClasses, Subtitle1, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { columnLabels } from '../../domain/catalogue/columns';
import type { ColumnNumber } from '../../domain/catalogue/types';
import type { MaturitySnapshot, MaturityTableRow } from '../../domain/report/types';
import type { RatedRow } from '../../domain/review/strengths';
import { formatDate } from '../../domain/validation/dates';
import { useTableStyles } from '../common/table-styles';
import { Collapsible } from './parts/collapsible';
import { useReportStyles } from './parts/report-styles';
import { paperSections } from './parts/sections';

const COLUMNS: readonly ColumnNumber[] = [1, 2, 3, 4];
const label = (c: ColumnNumber): string => `${c} ${columnLabels.find((l) => l.column === c)?.label ?? ''}`;

const { id, title } = paperSections.maturity;

/** Where the latest agreed review put each theme, what moved since the one before, and every row once. */
export function SnapshotSection(props: { snapshot: MaturitySnapshot; table: readonly MaturityTableRow[] }): ReactNode {
  const s = useReportStyles();
  const t = useTableStyles();
  const { snapshot } = props;
  const th = mergeClasses(t.cell, t.head);
  const changes = snapshot.comparison?.themes;
  return (
    <section className={s.section} aria-labelledby={id}>
      <Subtitle1 as="h2" id={id} className={s.headingKeep}>
        {title}
      </Subtitle1>
      {snapshot.current ? (
        <Body1 as="p">
          {snapshot.current.title}, agreed on {formatDate(snapshot.current.date)}
          {snapshot.previous ? `, compared with ${snapshot.previous.title} (${formatDate(snapshot.previous.date)})` : ''}.
        </Body1>
      ) : null}
      {snapshot.message ? <Body1 as="p">{snapshot.message}</Body1> : null}
      {snapshot.inProgress ? (
        <Body1 as="p">
          {snapshot.inProgress.title} ({formatDate(snapshot.inProgress.date)}) is under way and not yet agreed.
        </Body1>
      ) : null}
      {snapshot.current ? (
        <div className={t.scroll}>
          <table className={mergeClasses(t.table, t.fixed)}>
            <caption className={t.caption}>Rows agreed at each column, by theme</caption>
            <colgroup>
              <col style={{ width: changes ? '32%' : '40%' }} />
              {COLUMNS.map((c) => (
                <col key={c} style={{ width: changes ? '12%' : '15%' }} />
              ))}
              {changes ? <col style={{ width: '20%' }} /> : null}
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Theme
                </th>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col" className={mergeClasses(th, t.number)}>
                    {label(c)}
                  </th>
                ))}
                {changes ? (
                  <th scope="col" className={th}>
                    Since the last review
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {snapshot.distribution.map((d, i) => {
                const c = changes?.[i]?.counts;
                return (
                  <tr key={d.theme.id}>
                    <th scope="row" className={t.cell}>{`${d.theme.id} ${d.theme.title}`}</th>
                    {COLUMNS.map((col) => (
                      <td key={col} className={mergeClasses(t.cell, t.number)}>
                        {d.counts[col]}
                      </td>
                    ))}
                    {c ? <td className={t.cell}>{`${c.up} up, ${c.down} down, ${c.same} the same`}</td> : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {snapshot.changeCounts ? (
        <div className={s.sub}>
          <Subtitle2 as="h3">What moved</Subtitle2>
          <Body1 as="p">
            {snapshot.changeCounts.up} rows moved up, {snapshot.changeCounts.down} moved down and {snapshot.changeCounts.same} stayed the same;
            the table of maturity rows below has each one.
          </Body1>
        </div>
      ) : null}
      {snapshot.highlights ? (
        <div className={s.sub}>
          <Subtitle2 as="h3">Strengths and priority areas</Subtitle2>
          <RatedRows
            intro={(c) => `Strengths, the rows agreed at ${label(c)}:`}
            none="No row is agreed at 3 or 4 yet."
            column={snapshot.highlights.strengthColumn}
            rows={snapshot.highlights.strengths}
          />
          <RatedRows
            intro={(c) => `Priority areas, the rows agreed at ${label(c)}:`}
            none="No row is agreed at 1 or 2."
            column={snapshot.highlights.priorityColumn}
            rows={snapshot.highlights.priorities}
          />
        </div>
      ) : null}
      {snapshot.current ? <RowTable rows={props.table} compared={snapshot.previous !== undefined} /> : null}
    </section>
  );
}

const changeWords: Readonly<Record<MaturityTableRow['change'], string>> = { up: 'Up', down: 'Down', same: 'Same', new: 'New', 'not-agreed': '—' };

/** Every maturity row once, with its agreed column (a number, the caption names them) and, where there is an earlier review, its change. */
function RowTable(props: { rows: readonly MaturityTableRow[]; compared: boolean }): ReactNode {
  const t = useTableStyles();
  const th = mergeClasses(t.cell, t.head);
  return (
    <Collapsible heading="Maturity rows, as agreed">
      <div className={t.scroll}>
        <table className={mergeClasses(t.table, t.fixed)}>
          <caption className={t.caption}>
            Each maturity row: the column agreed{props.compared ? ', the one before and the change' : ''}. Columns:{' '}
            {COLUMNS.map(label).join(', ')}.
          </caption>
          <colgroup>
            <col style={{ width: props.compared ? '67%' : '85%' }} />
            <col style={{ width: props.compared ? '11%' : '15%' }} />
            {props.compared ? (
              <>
                <col style={{ width: '11%' }} />
                <col style={{ width: '11%' }} />
              </>
            ) : null}
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className={th}>
                Maturity row
              </th>
              <th scope="col" className={th}>
                Agreed
              </th>
              {props.compared ? (
                <>
                  <th scope="col" className={th}>
                    Before
                  </th>
                  <th scope="col" className={th}>
                    Change
                  </th>
                </>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.rowId}>
                <th scope="row" className={t.cell}>{`${r.rowId} ${r.title}`}</th>
                <td className={mergeClasses(t.cell, t.number)}>{r.column ?? 'Not agreed'}</td>
                {props.compared ? (
                  <>
                    <td className={mergeClasses(t.cell, t.number)}>{r.previous ?? '—'}</td>
                    <td className={t.cell}>{r.previous === undefined ? '—' : changeWords[r.change]}</td>
                  </>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Collapsible>
  );
}

function RatedRows(props: {
  intro: (column: ColumnNumber) => string;
  none: string;
  column: ColumnNumber | undefined;
  rows: readonly RatedRow[];
}): ReactNode {
  if (props.column === undefined) return <Body1 as="p">{props.none}</Body1>;
  // Row numbers only: the table of maturity rows below gives each row's title.
  return (
    <Body1 as="p">
      {props.intro(props.column)} {props.rows.map((r) => r.row.id).join(', ')}.
    </Body1>
  );
}
