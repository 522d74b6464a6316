import { Body1, Subtitle2 } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

import type { ColumnNumber } from '../../../domain/catalogue/types';
import type { RatedRow } from '../../../domain/review/strengths';
import { columnName } from '../parts/names';
import { useHighlightStyles as useStyles } from './highlight-styles';

/** A highlight card listing the rows agreed at one column (the strengths' or the priorities'), or why there are none. */
export function AgreedRowsCard(props: { title: string; column: ColumnNumber | undefined; rows: readonly RatedRow[]; none: string }): ReactNode {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <Subtitle2 block as="h3" id={headingId}>
        {props.title}
      </Subtitle2>
      {props.column ? (
        <>
          <Body1 block as="p">Rows agreed at {columnName(props.column)}:</Body1>
          <ul className={styles.list}>
            {props.rows.map((r) => (
              <li key={r.row.id}>
                {r.row.id} {r.row.title}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Body1 block as="p">{props.none}</Body1>
      )}
    </section>
  );
}
