import { describe, expect, it } from 'vitest';

import { maturityModel } from '../../../../src/domain/catalogue';
import type { AgreedBestFit } from '../../../../src/domain/review/types';
import { emptyNextStepDraft, ruleRag, planNextStep } from '../../../../src/ui/common/next-step-draft';

const row = maturityModel('schools').themes[0]!.rows[0]!;
const fit: AgreedBestFit = {
  reviewId: 'review-1',
  rowId: row.id,
  column: 2,
  evidence: 'Job description agreed.',
  evidenceLinks: [],
  nextSteps: 'Set out careers responsibilities for tutors in the staff handbook.',
  agreedBy: ['a@x.org'],
  agreedAt: '2026-11-11T10:00:00.000Z',
};
const ctx = { actionId: 'act-1', newPriorityId: 'pri-new', priorityIds: ['pri-1'], today: '2026-12-02' };
const filled = { ...emptyNextStepDraft, priorityId: 'pri-1', period: 'Spring 1' as const, lead: ' Rachel Bennett ' };

describe('an agreed next step made an action, in the meeting or the plan', () => {
  it('is linked to the row and the review, ends with its half term and starts amber by the plan’s rule', () => {
    const made = planNextStep(fit, row, filled, ctx);
    expect(made).toEqual({
      ok: true,
      action: expect.objectContaining({
        id: 'act-1',
        priorityId: 'pri-1',
        action: fit.nextSteps,
        lead: 'Rachel Bennett',
        period: 'Spring 1',
        endPoint: '2027-02-28',
        rag: 'amber',
        maturityRows: [row.id],
        fromReview: { reviewId: 'review-1', rowId: row.id },
        completed: false,
      }),
    });
  });

  it('is red by the plan’s rule when the end point chosen has passed, and keeps a RAG someone chose', () => {
    const overdue = { ...filled, period: 'Autumn 1' as const, endPoint: '2026-11-30' };
    expect(ruleRag(overdue, ctx.today)).toBe('red');
    const made = planNextStep(fit, row, overdue, ctx);
    expect(made.ok && made.action.rag).toBe('red');
    const chosen = planNextStep(fit, row, { ...overdue, rag: 'green' }, ctx);
    expect(chosen.ok && chosen.action.rag).toBe('green');
    expect(ruleRag(emptyNextStepDraft, ctx.today)).toBe('amber');
  });

  it('names every missing or wrong field instead of saving', () => {
    const made = planNextStep(fit, row, { ...emptyNextStepDraft, endPoint: '31/03/2027' }, ctx);
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(Object.keys(made.errors).sort()).toEqual(['endPoint', 'lead', 'period', 'priorityId']);
    expect(made.errors.endPoint).toMatch(/real date/);
  });

  it('says so when the row has no next steps to make an action of', () => {
    const made = planNextStep({ ...fit, nextSteps: '  ' }, row, filled, ctx);
    expect(made).toEqual({ ok: false, errors: { nextSteps: `Row ${row.id} has no agreed next steps to turn into an action yet.` } });
  });
});
