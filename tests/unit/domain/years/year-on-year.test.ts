import { describe, expect, it } from 'vitest';

import {
  DEMO_AS_OF,
  DEMO_CARRIED_ACTION_ID,
  DEMO_DROPPED_ACTIVITY,
  DEMO_MOVED_ACTIVITY,
  DEMO_NEW_IN_2025,
  DEMO_NEW_IN_2026,
  demoReviews,
  demoSchool,
} from '../../../../src/demo/demo-school';
import { academicYearBounds } from '../../../../src/domain/academic-year';
import type { StrategicPlan } from '../../../../src/domain/plan/types';
import type { ProvisionMap } from '../../../../src/domain/provision-map/types';
import { type StatutoryInputs } from '../../../../src/domain/statutory/checklist';
import { strategicEvidence } from '../../../../src/domain/statutory/strategic';
import type { StatutoryRecord } from '../../../../src/domain/statutory/types';
import { baseKey } from '../../../../src/domain/years/keys';
import { latestReviewIn, reviewAcademicYear } from '../../../../src/domain/years/reviews';
import { dutiesNewlyMet, mapChange, planByYear, statutoryByYear } from '../../../../src/domain/years/year-on-year';

const [first, last] = demoSchool.otherYears!;
const yearInputs = (y: { provisionMap: ProvisionMap; plan: StrategicPlan; statutory: StatutoryRecord }, today: string): StatutoryInputs => ({
  record: y.statutory,
  map: y.provisionMap,
  strategic: strategicEvidence(y.plan, demoReviews.map((r) => r.review).filter((r) => r.date <= today)),
  today,
});
const current = { academicYear: demoSchool.academicYear!, provisionMap: demoSchool.provisionMap, plan: demoSchool.plan, statutory: demoSchool.statutory };

describe("the demo school's map, year on year", () => {
  it('2025/26 to 2026/27: one activity new, one dropped, one moved', () => {
    const change = mapChange(last!.provisionMap, current.provisionMap);
    expect(change.added.map((a) => a.id)).toEqual([...DEMO_NEW_IN_2026]);
    expect(change.dropped.map((a) => baseKey(a.id))).toEqual([DEMO_DROPPED_ACTIVITY]);
    expect(change.moved.map((m) => [m.after.id, m.changed])).toEqual([[DEMO_MOVED_ACTIVITY, ['yearGroup']]]);
    expect(change.kept).toBe(current.provisionMap.activities.length - 2);
    const y8 = change.cells.find((c) => c.stage === 'investigate-explore' && c.yearGroup === '8')!;
    expect(y8.after - y8.before).toBe(1);
  });

  it('2024/25 to 2025/26: gaps closed, seen in the findings', () => {
    const change = mapChange(first!.provisionMap, last!.provisionMap);
    expect(change.added.map((a) => baseKey(a.id)).sort()).toEqual([...DEMO_NEW_IN_2025].sort());
    // Year 11's provider assemblies and Year 10's apprenticeship talk meet the second PAL key phase.
    expect(change.resolved.map((f) => f.message)).toContainEqual(expect.stringMatching(/^The second key phase \(Years 10 and 11\) has 1 of the 2/));
    expect(change.raised.some((f) => /second key phase/.test(f.message))).toBe(false);
  });

  it('matches an activity re-created by hand by its title', () => {
    const before = { ...last!.provisionMap, activities: [{ ...last!.provisionMap.activities[0]!, id: 'typed-again' }] };
    const after = { ...current.provisionMap, activities: [{ ...current.provisionMap.activities[0]!, id: 'typed-once-more', term: 'Summer' as const }] };
    const change = mapChange(before, after);
    expect(change.added).toEqual([]);
    expect(change.moved[0]?.changed).toEqual(['term']);
  });
});

describe('the plan and the statutory record, year on year', () => {
  it('rolls up RAG and completion per year, and shows the action carried into 2026/27', () => {
    const years = planByYear([first!.plan, last!.plan, current.plan]);
    expect(years.map((y) => y.academicYear)).toEqual(['2024/25', '2025/26', '2026/27']);
    expect(years[0]).toMatchObject({ actions: 2, completed: 2, shareComplete: 1, carriedForward: 0 });
    expect(years[1]).toMatchObject({ actions: 4, completed: 3, carriedForward: 1 });
    expect(current.plan.actions.find((a) => a.carriedFrom === DEMO_CARRIED_ACTION_ID)).toBeDefined();
  });

  it('judges each year at its own end; the provider access policy is a duty newly met in 2025/26', () => {
    const byYear = statutoryByYear([
      yearInputs(first!, academicYearBounds(first!.academicYear).end),
      yearInputs(last!, academicYearBounds(last!.academicYear).end),
      yearInputs(current, DEMO_AS_OF),
    ]);
    expect(byYear[1]!.met).toBeGreaterThan(byYear[0]!.met);
    expect(dutiesNewlyMet(byYear[0]!, byYear[1]!).map((d) => d.duty)).toContain('link-governor');
    const policy = (y: (typeof byYear)[number]) => y.checks.find((c) => c.duty === 'provider-access')!;
    expect(policy(byYear[0]!).missing.length).toBeGreaterThan(policy(byYear[1]!).missing.length);
  });

  it('shows the year each review falls in: the two reviews fall in two of the three years', () => {
    expect(demoReviews.map((r) => reviewAcademicYear(r.review))).toEqual(['2025/26', '2026/27']);
    expect(latestReviewIn(demoReviews.map((r) => r.review), '2024/25')).toBeUndefined();
    expect(reviewAcademicYear({ date: 'soon' })).toBeUndefined();
  });
});
