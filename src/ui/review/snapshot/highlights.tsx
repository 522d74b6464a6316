import { Body1, Subtitle2 } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

import type { MaturityModel } from '../../../domain/catalogue/types';
import type { RowChange } from '../../../domain/review/compare';
import { strengthsAndPriorities } from '../../../domain/review/strengths';
import type { AgreedBestFit } from '../../../domain/review/types';
import { AgreedRowsCard } from './agreed-rows-card';
import { changeCountNames, changeParts } from './change-text';
import { useHighlightStyles as useStyles } from './highlight-styles';
import type { PreviousReview } from './previous';

/** Strengths, priorities and what moved since last time: the page a leadership team takes away. */
export function Highlights(props: {
  model: MaturityModel;
  bestFits: readonly AgreedBestFit[];
  previous: PreviousReview;
}): ReactNode {
  const styles = useStyles();
  const id = useId();
  const comparison = props.previous.kind === 'compared' ? props.previous.comparison : undefined;
  const sp = strengthsAndPriorities(props.model, props.bestFits);
  const moved = comparison?.rows.filter((r) => r.change === 'up' || r.change === 'down') ?? [];
  const order: RowChange[] = ['up', 'down', 'same', 'new', 'not-agreed'];
  const totals = comparison
    ? order
        .map((change) => [change, comparison.rows.filter((r) => r.change === change).length] as const)
        .filter(([, n]) => n > 0)
        .map(([change, n]) => `${n} ${changeCountNames[change]}`)
        .join(', ')
    : '';
  return (
    <div className={styles.grid}>
      <AgreedRowsCard title="Strengths" column={sp.strengthColumn} rows={sp.strengths} none="No row is agreed at 3 or 4 yet." />
      <AgreedRowsCard title="Priorities" column={sp.priorityColumn} rows={sp.priorities} none="No row is agreed at 1 or 2." />
      <section className={styles.card} aria-labelledby={`${id}-change`}>
        <Subtitle2 block as="h3" id={`${id}-change`}>
          Change since the previous review
        </Subtitle2>
        {props.previous.kind === 'compared' ? (
          <>
            <Body1 block as="p">
              Compared with {props.previous.label}: {totals}.
            </Body1>
            {moved.length ? (
              <ul className={styles.list}>
                {moved.map((r) => {
                  const parts = changeParts(r);
                  return (
                    <li key={r.row.id}>
                      <span aria-hidden="true">{parts.arrow} </span>
                      {r.row.id} {r.row.title}: {parts.words.toLowerCase()} to {r.current}
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </>
        ) : (
          <Body1 block as="p">{props.previous.message}</Body1>
        )}
      </section>
    </div>
  );
}
