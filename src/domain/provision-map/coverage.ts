import type { Stage, StageId, YearGroup } from '../catalogue/types';
import type { ProvisionMap } from './types';

export interface CoverageCell {
  readonly stage: StageId;
  readonly yearGroup: YearGroup;
  readonly count: number;
  readonly activityIds: readonly string[];
}

export interface StageCoverage {
  readonly stage: Stage;
  readonly cells: readonly CoverageCell[];
}

export interface Coverage {
  /** One row per stage, one cell per year group of the map, in order. */
  readonly stages: readonly StageCoverage[];
  readonly emptyCells: readonly CoverageCell[];
  /** Activities placed in a year group the map does not list, or a stage not given; kept so they are not lost. */
  readonly unplacedActivityIds: readonly string[];
}

/** The stage × year group grid of the provision map, with activity counts and the empty cells. */
export function coverage(map: ProvisionMap, stages: readonly Stage[]): Coverage {
  const placed = new Set<string>();
  const rows = stages.map((stage) => ({
    stage,
    cells: map.yearGroups.map((yearGroup) => {
      const ids = map.activities
        .filter((a) => a.stage === stage.id && a.yearGroup === yearGroup)
        .map((a) => a.id);
      ids.forEach((id) => placed.add(id));
      return { stage: stage.id, yearGroup, count: ids.length, activityIds: ids };
    }),
  }));
  return {
    stages: rows,
    emptyCells: rows.flatMap((r) => r.cells.filter((c) => c.count === 0)),
    unplacedActivityIds: map.activities.filter((a) => !placed.has(a.id)).map((a) => a.id),
  };
}
