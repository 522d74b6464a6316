import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { Stage, YearGroup } from '../../domain/catalogue/types';
import { yearLabel } from '../../domain/provision-map/labels';
import type { Activity } from '../../domain/provision-map/types';
import type { Versioned } from '../../shared/versioned';
import { useTableStyles } from '../common/table-styles';

/** What both ways of drawing the map are given. */
export interface MapGridProps {
  readonly yearGroups: readonly YearGroup[];
  readonly activities: readonly Versioned<Activity>[];
  readonly canEdit: boolean;
  readonly onOpen?: (activity: Versioned<Activity>) => void;
}

export const GRID_CAPTION = 'Provision map: stages by year group';

export const useGridStyles = makeStyles({
  stage: { width: '9em' },
  intent: { display: 'block', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  // Narrow screens scroll the grid sideways rather than squeeze a card's words to a letter a line.
  cell: { minWidth: '6.5em' },
  empty: { color: tokens.colorNeutralForeground3 },
});

/** Activities by stage and year group, each in published order: the grid's cells. */
export function activitiesByCell(activities: readonly Versioned<Activity>[]): (stage: string, year: YearGroup) => readonly Versioned<Activity>[] {
  const cells = new Map<string, Versioned<Activity>[]>();
  for (const v of activities) {
    const key = `${v.value.stage}|${v.value.yearGroup}`;
    const list = cells.get(key);
    if (list) list.push(v);
    else cells.set(key, [v]);
  }
  return (stage, year) => cells.get(`${stage}|${year}`) ?? [];
}

export function GridHead(props: { yearGroups: readonly YearGroup[]; rowIndex?: number }): ReactNode {
  const styles = useGridStyles();
  const t = useTableStyles();
  const th = mergeClasses(t.cell, t.head);
  return (
    <thead>
      <tr aria-rowindex={props.rowIndex}>
        <th scope="col" className={mergeClasses(th, styles.stage)}>
          Stage
        </th>
        {props.yearGroups.map((y) => (
          <th key={y} scope="col" className={th}>
            {yearLabel(y)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The stage's name and what it is for. */
export function StageName(props: { stage: Stage }): ReactNode {
  const styles = useGridStyles();
  return (
    <>
      {props.stage.name}
      <Caption1 className={styles.intent}>To {props.stage.intent}</Caption1>
    </>
  );
}

export function NoActivity(): ReactNode {
  return <Caption1 className={useGridStyles().empty}>No activity yet</Caption1>;
}
