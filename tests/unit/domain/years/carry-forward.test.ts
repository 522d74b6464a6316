import { describe, expect, it } from 'vitest';

import { DEMO_YEAR, demoSchool } from '../../../../src/demo/demo-school';
import { CarryForwardError, planCarryForward, type TargetContent, type YearContent } from '../../../../src/domain/years/carry-forward';
import { baseKey, carriedKey } from '../../../../src/domain/years/keys';

const source: YearContent = {
  academicYear: DEMO_YEAR,
  map: demoSchool.provisionMap,
  priorities: demoSchool.plan.priorities,
  actions: demoSchool.plan.actions,
  statutory: demoSchool.statutory,
};
const empty: TargetContent = { activityIds: new Set(), stagesWithOutcomes: new Set(), priorityIds: new Set(), actionIds: new Set(), hasStatutory: false };

describe('carried keys', () => {
  it('are derived from the source key and the target year, never growing year on year', () => {
    expect(carriedKey('act-fair', '2027/28')).toBe('act-fair~2027/28');
    expect(carriedKey('act-fair~2027/28', '2028/29')).toBe('act-fair~2028/29');
    expect(baseKey('act-fair~2028/29')).toBe('act-fair');
    expect(baseKey('act~not-a-year')).toBe('act~not-a-year');
  });
});

describe('planning the next year', () => {
  const plan = planCarryForward(source, '2027/28', empty);

  it('copies every activity, marked to confirm, without last year’s evidence', () => {
    expect(plan.mode).toBe('new-year');
    expect(plan.toWrite.activities).toHaveLength(demoSchool.provisionMap.activities.length);
    for (const a of plan.toWrite.activities) {
      expect(a).toMatchObject({ academicYear: '2027/28', toConfirm: true });
      expect(a.evidenceLink).toBeUndefined();
      expect(a.id.endsWith('~2027/28')).toBe(true);
    }
    expect(plan.toWrite.stageOutcomes).toHaveLength(3);
  });

  it('carries open actions with their priorities; completed ones stay', () => {
    const open = demoSchool.plan.actions.filter((a) => !a.completed);
    expect(plan.toWrite.actions.map((a) => a.carriedFrom)).toEqual(open.map((a) => a.id));
    expect(plan.completedStaying).toBe(demoSchool.plan.actions.length - open.length);
    const priorityIds = new Set(plan.toWrite.priorities.map((p) => p.id));
    for (const a of plan.toWrite.actions) expect(priorityIds.has(a.priorityId)).toBe(true);
    // Last year's end points would make every carried action overdue on day one.
    expect(plan.toWrite.actions.every((a) => a.endPoint === undefined)).toBe(true);
    expect(plan.summary.join(' ')).toMatch(/completed actions stay in 2026\/27/);
  });

  it('writes nothing twice: what the target already holds is skipped, and a target with a map is a merge', () => {
    const target: TargetContent = {
      activityIds: new Set(plan.toWrite.activities.map((a) => a.id)),
      stagesWithOutcomes: new Set(['introduce-inspire', 'investigate-explore', 'apply-demonstrate']),
      priorityIds: new Set(plan.toWrite.priorities.map((p) => p.id)),
      actionIds: new Set(plan.toWrite.actions.map((a) => a.id)),
      hasStatutory: true,
    };
    const again = planCarryForward(source, '2027/28', target);
    expect(again.mode).toBe('merge');
    expect(again.toWrite).toEqual({ activities: [], stageOutcomes: [], priorities: [], actions: [] });
    expect(again.summary[0]).toMatch(/2027\/28 already has a provision map .* Or cancel/);
    expect(again.summary).toContain('2027/28 already has its own statutory duties record, which is left as it is.');
  });

  it('continues the statutory record as it stands, except destinations, which each year collects afresh', () => {
    expect(demoSchool.statutory.destinationsCollected).toBe(true);
    const { academicYear, destinationsCollected, ...rest } = plan.toWrite.statutory!;
    expect(academicYear).toBe('2027/28');
    expect(destinationsCollected).toBe(false);
    const { academicYear: _year, destinationsCollected: _destinations, ...before } = demoSchool.statutory;
    expect(rest).toEqual(before);
    expect(plan.summary.join(' ')).toMatch(/statutory duties record will continue in 2027\/28/);
  });

  it('refuses a target year that is not later', () => {
    expect(() => planCarryForward(source, '2026/27', empty)).toThrow(CarryForwardError);
    expect(() => planCarryForward(source, '2025/26', empty)).toThrow(/not after 2026\/27/);
  });
});
