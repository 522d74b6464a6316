import { describe, expect, it } from 'vitest';
import { actionPlacedMessage, nextStepToAction } from '../../../../src/domain/plan/from-review';
import { nextStepsWithoutAction, planLinksByRow } from '../../../../src/domain/plan/links';
import { overdueActions } from '../../../../src/domain/plan/overdue';
import { academicYearOf } from '../../../../src/domain/academic-year';
import { actionPeriodEnd } from '../../../../src/domain/plan/periods';
import { priorityCountAdvice } from '../../../../src/domain/plan/priorities';
import { ragRollup } from '../../../../src/domain/plan/rag';
import { objectiveCompleteness } from '../../../../src/domain/plan/smart';
import type { PlanAction, Priority, StrategicPlan } from '../../../../src/domain/plan/types';
import { fit, model } from '../fixtures';

const priority = (id: string, over: Partial<Priority> = {}): Priority => ({
  id,
  title: `Priority ${id}`,
  problem: '',
  maturityRows: [],
  objectives: [],
  ...over,
});

const action = (id: string, over: Partial<PlanAction> = {}): PlanAction => ({
  id,
  priorityId: 'p1',
  action: `Action ${id}`,
  lead: 'ZCO',
  period: 'Autumn 1',
  progress: '',
  impactEvidence: '',
  rag: 'green',
  evidenceList: [],
  maturityRows: [],
  completed: false,
  ...over,
});

const plan = (actions: PlanAction[], priorities: Priority[] = [priority('p1'), priority('p2')]): StrategicPlan => ({
  institutionId: 'school',
  institutionVision: '',
  careersVision: '',
  priorities,
  actions,
});

describe('objectiveCompleteness', () => {
  it('lists the SMART fields still blank, whitespace included, with the plan template prompts', () => {
    const c = objectiveCompleteness({ id: 'o1', statement: 'Survey 40% of learners by March', outcome: '   ' });
    expect(c.complete).toBe(false);
    expect(c.missing).toEqual(['outcome', 'dueDate', 'keyMetric']);
    expect(c.messages).toEqual([
      'Say what success would look like.',
      'Say when you aim to have this completed by.',
      'Add a key metric to measure progress.',
    ]);
  });

  it('is complete when every field is filled', () => {
    const c = objectiveCompleteness({ id: 'o1', statement: 'S', outcome: 'O', dueDate: '2026-03-31', keyMetric: 'FSQ completions' });
    expect(c).toEqual({ complete: true, missing: [], messages: [] });
  });
});

describe('ragRollup', () => {
  it('counts red, amber and green per priority, the worst open status and the share complete', () => {
    const r = ragRollup(
      plan([
        action('a', { rag: 'green', completed: true }),
        action('b', { rag: 'amber' }),
        action('c', { rag: 'red', completed: true }), // finished: cannot make the priority look worse
        action('d', { priorityId: 'p2', rag: 'red' }),
        action('e', { priorityId: 'gone', rag: 'amber' }),
      ]),
    );
    const [p1, p2] = r.priorities;
    expect(p1).toMatchObject({ counts: { red: 1, amber: 1, green: 1 }, total: 3, completed: 2, worst: 'amber' });
    expect(p1!.shareComplete).toBeCloseTo(2 / 3);
    expect(p2).toMatchObject({ counts: { red: 1, amber: 0, green: 0 }, total: 1, completed: 0, shareComplete: 0, worst: 'red' });
    expect(r.unassignedActionIds).toEqual(['e']);
  });

  it('has no worst status when every action is complete, and 0 share for a priority with no actions', () => {
    const r = ragRollup(plan([action('a', { rag: 'red', completed: true })]));
    expect(r.priorities[0]!.worst).toBeUndefined();
    expect(r.priorities[0]!.shareComplete).toBe(1);
    expect(r.priorities[1]).toMatchObject({ total: 0, shareComplete: 0 });
    expect(r.priorities[1]!.worst).toBeUndefined();
  });
});

describe('action periods', () => {
  it('ends each half term at the last day of the latest month it can end in', () => {
    expect(['Autumn 1', 'Autumn 2', 'Spring 1', 'Spring 2', 'Summer 1', 'Summer 2'].map((p) => actionPeriodEnd(p as PlanAction['period'], 2025))).toEqual([
      '2025-10-31',
      '2025-12-31',
      '2026-02-28',
      '2026-04-30',
      '2026-05-31',
      '2026-07-31',
    ]);
    expect(actionPeriodEnd('Spring 1', 2027)).toBe('2028-02-29');
  });

  it('starts the academic year in September; August belongs to the year ending', () => {
    expect(academicYearOf('2025-09-01')).toBe('2025/26');
    expect(academicYearOf('2026-08-31')).toBe('2025/26');
    expect(academicYearOf('2026-01-15')).toBe('2025/26');
  });
});

describe('overdueActions', () => {
  it('is not overdue on the end point itself, and one day overdue the day after', () => {
    const p = plan([action('a', { endPoint: '2026-03-31' })]);
    expect(overdueActions(p, '2026-03-31')).toEqual([]);
    const [o] = overdueActions(p, '2026-04-01');
    expect(o).toMatchObject({ due: '2026-03-31', reason: 'end-point', daysOverdue: 1 });
    expect(o!.message).toBe('Overdue by 1 day: the end point was 31 March 2026.');
  });

  it('skips completed actions', () => {
    expect(overdueActions(plan([action('a', { endPoint: '2025-01-01', completed: true })]), '2026-01-01')).toEqual([]);
  });

  it('uses the end of the action period when there is no end point, or the end point is not a date', () => {
    const p = plan([action('a', { period: 'Autumn 1' }), action('b', { period: 'Autumn 1', endPoint: 'Oct half term' })]);
    expect(overdueActions(p, '2025-10-31')).toEqual([]);
    const overdue = overdueActions(p, '2025-11-01');
    expect(overdue.map((o) => [o.action.id, o.reason, o.due, o.daysOverdue])).toEqual([
      ['a', 'period-ended', '2025-10-31', 1],
      ['b', 'period-ended', '2025-10-31', 1],
    ]);
    expect(overdue[0]!.message).toBe('Overdue by 1 day: Autumn 1 ended by 31 October 2025 and no end point is set.');
  });

  it('lets an end point later than the half term win over the period', () => {
    expect(overdueActions(plan([action('a', { period: 'Autumn 1', endPoint: '2025-12-12' })]), '2025-11-15')).toEqual([]);
  });

  it('takes the academic year given, or the one containing today', () => {
    const p = plan([action('a', { period: 'Summer 2' })]);
    expect(overdueActions(p, '2026-08-10').map((o) => o.due)).toEqual(['2026-07-31']);
    expect(overdueActions(p, '2026-09-10')).toEqual([]); // a new academic year has begun
    expect(overdueActions(p, '2026-09-10', { academicYearStart: 2025 }).map((o) => o.daysOverdue)).toEqual([41]);
  });

  it("judges a half term within the action's own academic year", () => {
    const p = plan([action('last-year', { period: 'Summer 2', academicYear: '2025/26' }), action('this-year', { period: 'Summer 2', academicYear: '2026/27' })]);
    expect(overdueActions(p, '2026-09-10').map((o) => [o.action.id, o.due])).toEqual([['last-year', '2026-07-31']]);
  });

  it('lists the most overdue first, keeping plan order for ties', () => {
    const p = plan([
      action('a', { endPoint: '2026-01-10' }),
      action('b', { endPoint: '2026-01-01' }),
      action('c', { endPoint: '2026-01-10' }),
    ]);
    expect(overdueActions(p, '2026-01-20').map((o) => [o.action.id, o.daysOverdue])).toEqual([
      ['b', 19],
      ['a', 10],
      ['c', 10],
    ]);
  });
});

describe('priorityCountAdvice', () => {
  const withPriorities = (n: number) => plan([], Array.from({ length: n }, (_, i) => priority(`p${i}`)));

  it('is content with three to five priorities', () => {
    expect(priorityCountAdvice(withPriorities(3))).toEqual({ count: 3, withinRange: true });
    expect(priorityCountAdvice(withPriorities(5))).toEqual({ count: 5, withinRange: true });
  });

  it('advises when there are fewer than three or more than five', () => {
    expect(priorityCountAdvice(withPriorities(2)).message).toBe(
      'The plan has 2 priorities. Aim to agree between 3 and 5: the problems you need to solve to realise your vision.',
    );
    expect(priorityCountAdvice(withPriorities(0)).message).toMatch(/^The plan has no priorities\./);
    expect(priorityCountAdvice(withPriorities(1)).message).toMatch(/^The plan has 1 priority\./);
    expect(priorityCountAdvice(withPriorities(6))).toMatchObject({ count: 6, withinRange: false });
  });
});

describe('nextStepToAction', () => {
  const row = model.themes[1]!.rows[0]!; // 2.1
  const input = { id: 'new1', priorityId: 'p1', period: 'Spring 1' as const, lead: 'Careers Leader' };

  it("drafts an action from the row's agreed next steps, linked to the row and the review", () => {
    const result = nextStepToAction({ ...fit('2.1', 2), nextSteps: '  Plan a Year 9 workplace visit.  ' }, row, input);
    expect(result).toEqual({
      ok: true,
      formulaLike: [],
      value: {
        id: 'new1',
        priorityId: 'p1',
        action: 'Plan a Year 9 workplace visit.',
        lead: 'Careers Leader',
        period: 'Spring 1',
        progress: '',
        impactEvidence: '',
        endPoint: '2026-02-28',
        rag: 'amber',
        evidenceList: [],
        maturityRows: ['2.1'],
        fromReview: { reviewId: 'r1', rowId: '2.1' },
        completed: false,
      },
    });
  });

  it('ends by default with its half term in the year the row was agreed, and takes its RAG from the plan rule', () => {
    const steps = { ...fit('2.1', 2), nextSteps: 'Plan a Year 9 workplace visit.' };
    // Agreed 20 November 2025: Autumn 1 (ended by 31 October) is already past, so the action is overdue: red.
    const late = nextStepToAction(steps, row, { ...input, period: 'Autumn 1' });
    expect(late.ok && [late.value.endPoint, late.value.rag]).toEqual(['2025-10-31', 'red']);
    const chosen = nextStepToAction(steps, row, { ...input, endPoint: '2026-01-15', today: '2026-01-20' });
    expect(chosen.ok && [chosen.value.endPoint, chosen.value.rag]).toEqual(['2026-01-15', 'red']);
    const green = nextStepToAction(steps, row, { ...input, rag: 'green' });
    expect(green.ok && green.value.rag).toBe('green');
    // No date to judge by: no default end point, and it cannot be overdue.
    const undated = nextStepToAction({ ...steps, agreedAt: '' }, row, input);
    expect(undated.ok && [undated.value.endPoint, undated.value.rag]).toEqual([undefined, 'amber']);
  });

  it('leaves a period not chosen yet for validation to name, without a default end point', () => {
    const r = nextStepToAction({ ...fit('2.1', 2), nextSteps: 'Visit employers' }, row, { ...input, period: '' as never });
    expect(r.ok && [r.value.endPoint, r.value.rag]).toEqual([undefined, 'amber']);
  });

  it('says where the action went', () => {
    const made = nextStepToAction({ ...fit('2.1', 2), nextSteps: 'Visit employers' }, row, input);
    expect(made.ok && actionPlacedMessage(made.value, { title: 'Encounters with employers' })).toBe(
      'Added to the action plan under “Encounters with employers”: Spring 1, led by Careers Leader, end point 28 February 2026.',
    );
  });

  it('refuses a row with no next steps, or a best fit for another row', () => {
    expect(nextStepToAction({ ...fit('2.1', 2), nextSteps: ' ' }, row, input)).toEqual({
      ok: false,
      errors: [{ field: 'nextSteps', message: 'Row 2.1 has no agreed next steps to turn into an action yet.' }],
    });
    expect(nextStepToAction({ ...fit('1.1', 2), nextSteps: 'x' }, row, input).ok).toBe(false);
  });

  it('flags next steps that look like a formula', () => {
    const r = nextStepToAction({ ...fit('2.1', 2), nextSteps: '- visit employers' }, row, input);
    expect(r.ok && r.formulaLike).toEqual(['action']);
  });
});

describe('plan links', () => {
  it('maps rows to the priorities and actions that address them, and finds next steps not yet taken forward', () => {
    const p = plan(
      [action('a', { maturityRows: ['2.1'] }), action('b', { fromReview: { reviewId: 'r1', rowId: '1.2' } })],
      [priority('p1', { maturityRows: ['2.1', '2.2'] })],
    );
    const links = planLinksByRow(p);
    expect(links.get('2.1')!.actions.map((a) => a.id)).toEqual(['a']);
    expect(links.get('2.1')!.priorities.map((x) => x.id)).toEqual(['p1']);
    expect(links.get('1.2')!.actions.map((a) => a.id)).toEqual(['b']);
    expect(links.get('2.2')!.actions).toEqual([]);
    const pending = nextStepsWithoutAction(
      [{ ...fit('2.1', 2), nextSteps: 'x' }, { ...fit('2.2', 2), nextSteps: 'y' }, fit('2.3', 1), { ...fit('1.2', 3), nextSteps: 'z' }],
      p,
    );
    // 2.1 has an action linked by hand, but none made from this next step: it still waits, with the older action shown.
    expect(pending.map((b) => [b.rowId, b.otherActionsOnRow.map((a) => a.id)])).toEqual([
      ['2.1', ['a']],
      ['2.2', []],
    ]);
  });

  it('lists a next step even when an action from an earlier review mentions the same row', () => {
    const p = plan([action('old', { fromReview: { reviewId: 'r0', rowId: '1.1' }, maturityRows: ['1.1'] })], []);
    const pending = nextStepsWithoutAction([{ ...fit('1.1', 2), nextSteps: 'Publish the careers programme' }], p);
    expect(pending.map((b) => [b.rowId, b.nextSteps, b.otherActionsOnRow.map((a) => a.id)])).toEqual([
      ['1.1', 'Publish the careers programme', ['old']],
    ]);
  });
});
