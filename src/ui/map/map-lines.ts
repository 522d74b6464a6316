import { stages } from '../../domain/catalogue/provision';
import type { Stage, YearGroup } from '../../domain/catalogue/types';
import type { Activity } from '../../domain/provision-map/types';
import type { Versioned } from '../../shared/versioned';
import { activitiesByCell } from './map-grid-parts';

/** One line of the grid: the n-th activity of each year group in one stage (a stage takes as many lines as its fullest year). */
export interface Line {
  readonly stage: Stage;
  readonly index: number;
  readonly last: boolean;
  readonly cells: readonly (Versioned<Activity> | undefined)[];
  /** Year groups with no activity in this stage, said on the stage's first line. */
  readonly empty: readonly boolean[];
}

/** The grid's lines in order: each stage's as many as its fullest year group has activities (at least one). */
export function linesOf(yearGroups: readonly YearGroup[], activities: readonly Versioned<Activity>[]): Line[] {
  const cellOf = activitiesByCell(activities);
  return stages.flatMap((stage) => {
    const lists = yearGroups.map((y) => cellOf(stage.id, y));
    const count = Math.max(1, ...lists.map((l) => l.length));
    const empty = lists.map((l) => l.length === 0);
    return Array.from({ length: count }, (_, index) => ({ stage, index, last: index === count - 1, cells: lists.map((l) => l[index]), empty }));
  });
}
