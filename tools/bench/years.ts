/**
 * Academic years' request budgets, measured by the local Graph server's counters:
 *  - loading one year's map when the list holds ten years of 300-activity maps (goal: the same as
 *    with one year, because the AcademicYear filter is indexed and no other year is read);
 *  - starting the next year from a 300-activity map with its open actions (goal ≤ 20).
 * Run: `tsx tools/bench/years.ts`. Exits non-zero if a budget is missed.
 */
import { pathToFileURL } from 'node:url';

import { provisionLists } from '../../src/data/provision-lists';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createPlanRepository } from '../../src/data/plan/repository';
import { previewNextYear, startNextYear } from '../../src/data/years/start-next-year';
import { academicYearStarting, type AcademicYear } from '../../src/domain/academic-year';
import { demoPlan } from '../../src/demo/demo-plan';
import { demoSiteId } from '../local-graph/demo-tenant';
import { activity } from './fixtures';
import { measure, startHarness } from './harness';

const ACTIVITIES = 300;
const YEARS = Array.from({ length: 10 }, (_, i) => academicYearStarting(2017 + i));
const LAST = YEARS.at(-1)!;

async function mapWith(harness: Awaited<ReturnType<typeof startHarness>>, years: readonly AcademicYear[]): Promise<number> {
  const ctx = (await provisionLists(harness.graph(), demoSiteId)).context;
  const map = createProvisionMapRepository(ctx);
  for (const year of years) {
    const activities = Array.from({ length: ACTIVITIES }, (_, i) => ({ ...activity(`bench-${i}~${year}`, i), academicYear: year }));
    await map.publish({ create: activities }, { year, firstSortOrder: 0 });
  }
  const { result, stats } = await measure(harness, () => map.load({ year: LAST }));
  if (result.activities.length !== ACTIVITIES) throw new Error(`loaded ${result.activities.length} activities, expected ${ACTIVITIES}`);
  return stats.totalRequests;
}

export async function runYearsBench(): Promise<boolean> {
  const one = await startHarness();
  const ten = await startHarness();
  let ok = true;
  try {
    const oneYear = await mapWith(one, [LAST]);
    const tenYears = await mapWith(ten, YEARS);
    console.log(`bench: requests to load one year's map with ten years in the list ${tenYears} requests (one year in the list: ${oneYear})`);
    ok &&= tenYears === oneYear;

    // Start the next year from the ten-year list's latest map, with the demo plan's open actions.
    const ctx = (await provisionLists(ten.graph(), demoSiteId)).context;
    const plan = createPlanRepository(ctx);
    await plan.savePriorities(demoPlan.priorities.map((p, sortOrder) => ({ value: { ...p, academicYear: LAST }, sortOrder })), { year: LAST });
    await plan.saveActions(demoPlan.actions.map((a, sortOrder) => ({ value: { ...a, academicYear: LAST }, sortOrder })), { year: LAST });
    const { result, stats } = await measure(ten, async () => startNextYear(ctx, await previewNextYear(ctx, LAST), 'new-year'));
    console.log(`bench: requests to start the next year for ${ACTIVITIES} activities ${stats.totalRequests} requests (${result.written} items written)`);
    ok &&= stats.totalRequests <= 20;
  } finally {
    await one.close();
    await ten.close();
  }
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runYearsBench().then(
    (ok) => process.exit(ok ? 0 : 1),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
