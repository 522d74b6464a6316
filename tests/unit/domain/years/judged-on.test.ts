import { describe, expect, it } from 'vitest';

import { overdueActions } from '../../../../src/domain/plan/overdue';
import type { PlanAction, StrategicPlan } from '../../../../src/domain/plan/types';
import { judgedOn } from '../../../../src/domain/years/judged-on';

const action = (a: Partial<PlanAction>): PlanAction => ({
  id: 'a',
  priorityId: 'p',
  action: 'Careers fair',
  lead: 'Careers Leader',
  period: 'Spring 2',
  progress: '',
  impactEvidence: '',
  rag: 'amber',
  evidenceList: [],
  maturityRows: [],
  completed: false,
  ...a,
});
const plan = (actions: PlanAction[]): StrategicPlan => ({ institutionId: 'i', institutionVision: '', careersVision: '', priorities: [], actions });

describe('judging a year’s deadlines', () => {
  it('uses today while the year runs or has not begun, and its last day once it is over', () => {
    expect(judgedOn('2026/27', '2026-12-02')).toBe('2026-12-02');
    expect(judgedOn('2027/28', '2026-12-02')).toBe('2026-12-02');
    expect(judgedOn('2024/25', '2026-12-02')).toBe('2025-08-31');
    expect(judgedOn('2025/26', '2026-08-31')).toBe('2026-08-31');
  });

  it('makes an action left open in a past year overdue by the days to that year’s end, within its own half term', () => {
    const left = action({ academicYear: '2024/25', period: 'Summer 1' });
    const [overdue] = overdueActions(plan([left]), judgedOn('2024/25', '2026-12-02'), { academicYearStart: 2024 });
    expect(overdue?.due.startsWith('2025-')).toBe(true);
    expect(overdue!.daysOverdue).toBeLessThan(100);
    // The next year's copy, with the same half term, is not yet due in December.
    const carried = action({ id: 'b', academicYear: '2026/27', period: 'Summer 1', carriedFrom: 'a' });
    expect(overdueActions(plan([carried]), judgedOn('2026/27', '2026-12-02'), { academicYearStart: 2026 })).toEqual([]);
  });
});
