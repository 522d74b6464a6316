import { makeStyles, mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { OverdueAction } from '../../domain/plan/overdue';
import type { PlanAction } from '../../domain/plan/types';
import { useTableStyles } from '../common/table-styles';
import type { Versioned } from '../../shared/versioned';
import { ActionRow, type ActionRowsProps } from './action-row';

const useStyles = makeStyles({
  actionCol: { minWidth: '14em' },
});

/** The action plan rows under one priority: the seed's columns, RAG in words and icon, overdue called out. */
export function ActionsTable(
  props: ActionRowsProps & { caption: string; actions: readonly Versioned<PlanAction>[]; overdue: ReadonlyMap<string, OverdueAction> },
): ReactNode {
  const styles = useStyles();
  const t = useTableStyles();
  const th = mergeClasses(t.cell, t.head);
  return (
    <div className={t.scroll}>
      <table className={t.table}>
        <caption className={t.caption}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(th, styles.actionCol)}>
              Action
            </th>
            <th scope="col" className={th}>
              Lead
            </th>
            <th scope="col" className={th}>
              Action period
            </th>
            <th scope="col" className={th}>
              End point
            </th>
            <th scope="col" className={th}>
              Progress
            </th>
            <th scope="col" className={th}>
              Impact and evidence
            </th>
            <th scope="col" className={th}>
              RAG
            </th>
            {props.canEdit ? (
              <th scope="col" className={th}>
                Change
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {props.actions.map((v) => (
            <ActionRow
              key={v.value.id}
              action={v}
              late={props.overdue.get(v.value.id)}
              objectives={props.objectives}
              canEdit={props.canEdit}
              onEdit={props.onEdit}
              onRemove={props.onRemove}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
