import { universalLearningOutcomes } from '../catalogue/learning-outcomes';
import { stages } from '../catalogue/provision';
import { coverage } from '../provision-map/coverage';
import { mapFindings } from '../provision-map/findings';
import { outcomeCoverage } from '../provision-map/outcome-coverage';
import { palCompliance } from '../provision-map/pal';
import type { ProvisionMap } from '../provision-map/types';
import type { ProvisionSummary } from './types';

/** The provision map as governors need it: how much of the grid is covered, PAL per key phase, and the gaps. */
export function provisionSummary(map: ProvisionMap): ProvisionSummary {
  const grid = coverage(map, stages);
  const cells = grid.stages.flatMap((s) => s.cells);
  const outcomes = outcomeCoverage(map, universalLearningOutcomes, stages);
  return {
    activityCount: map.activities.length,
    coverage: grid,
    filledCells: cells.filter((c) => c.count > 0).length,
    totalCells: cells.length,
    pal: palCompliance(map),
    outcomes: {
      addressed: outcomes.filter((o) => o.addressed).length,
      progressing: outcomes.filter((o) => o.progresses).length,
      total: outcomes.length,
    },
    findings: mapFindings(map),
  };
}
