import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { PlanRollup } from '../../domain/plan/rag';
import { RagStatus } from './rag';
import { useTableStyles } from './table-styles';

/** The RAG roll-up of the plan's actions, a row per priority. */
export function PriorityRagTable(props: { rollup: PlanRollup }): ReactNode {
  const t = useTableStyles();
  return (
    <div className={t.scroll}>
      <table className={mergeClasses(t.table, t.fixed)}>
        <caption className={t.caption}>RAG status of actions by priority</caption>
        <colgroup>
          <col style={{ width: '36%' }} />
          <col style={{ width: '16%' }} />
          <col style={{ width: '10%' }} />
          <col style={{ width: '11%' }} />
          <col style={{ width: '10%' }} />
          <col style={{ width: '17%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(t.cell, t.head)}>
              Priority
            </th>
            <th scope="col" className={mergeClasses(t.cell, t.head)}>
              Worst open status
            </th>
            <th scope="col" className={mergeClasses(t.cell, t.head, t.number)}>
              Red
            </th>
            <th scope="col" className={mergeClasses(t.cell, t.head, t.number)}>
              Amber
            </th>
            <th scope="col" className={mergeClasses(t.cell, t.head, t.number)}>
              Green
            </th>
            <th scope="col" className={mergeClasses(t.cell, t.head, t.number)}>
              Completed
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rollup.priorities.map((r, i) => (
            <tr key={r.priority.id}>
              <th scope="row" className={mergeClasses(t.cell, t.text)}>
                {`Priority ${i + 1}: ${r.priority.title}`}
              </th>
              <td className={t.cell}>{r.worst ? <RagStatus rag={r.worst} /> : r.total ? 'All completed' : 'No actions yet'}</td>
              <td className={mergeClasses(t.cell, t.number)}>{r.counts.red}</td>
              <td className={mergeClasses(t.cell, t.number)}>{r.counts.amber}</td>
              <td className={mergeClasses(t.cell, t.number)}>{r.counts.green}</td>
              <td className={mergeClasses(t.cell, t.number)}>
                {r.completed} of {r.total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
