import { Body1, Subtitle1, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { ColumnNumber } from '../../domain/catalogue/types';
import type { MaturitySnapshot, MaturityTableRow } from '../../domain/report/types';
import type { RatedRow } from '../../domain/review/strengths';
import { formatDate } from '../../domain/validation/dates';
import { MaturityRowsTable } from './maturity-rows-table';
import { ThemesTable } from './maturity-themes-table';
import { columnName as label } from '../../domain/catalogue/columns';
import { useReportStyles } from './parts/report-styles';
import { paperSections } from './parts/sections';

const { id, title } = paperSections.maturity;

/** Where the latest agreed review put each theme, what moved since the one before, and every row once. */
export function SnapshotSection(props: { snapshot: MaturitySnapshot; table: readonly MaturityTableRow[] }): ReactNode {
  const s = useReportStyles();
  const { snapshot } = props;
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
      {snapshot.current ? <ThemesTable snapshot={snapshot} /> : null}
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
      {snapshot.current ? <MaturityRowsTable rows={props.table} compared={snapshot.previous !== undefined} /> : null}
    </section>
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
