import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { findRow, schoolsModel } from '../../../../src/domain/catalogue';
import { DEMO_REVIEW_2026_ID, demoPlan, demoReviews } from '../../../../src/demo/demo-school';
import { validatePlanAction, validatePriority } from '../../../../src/domain/validation/plan';
import { ActionsTable } from '../../../../src/ui/plan/actions-table';
import { actionDraft, actionInput, priorityDraft, priorityInput } from '../../../../src/ui/plan/drafts';
import { emptyNextStepDraft, NEW_PRIORITY, planNextStep } from '../../../../src/ui/common/next-step-draft';
import { sortOrderOf, takeTheirs, upsert } from '../../../../src/ui/common/versioned-list';
import type { Versioned } from '../../../../src/shared/versioned';

const versioned = <T,>(value: T, n = 1): Versioned<T> => ({ value, itemId: String(n), eTag: `"e,${n}"` });
const review = demoReviews.find((r) => r.review.id === DEMO_REVIEW_2026_ID)!;
const fit = review.bestFits.find((b) => b.rowId === '2.3')!;
const row = findRow(schoolsModel, '2.3')!;
const ids = { priorityIds: demoPlan.priorities.map((p) => p.id), newPriorityId: 'pri-new', actionId: 'act-new', today: '2026-12-02' };

describe('action and priority drafts', () => {
  it.each(demoPlan.actions.map((a) => [a.id, a] as const))('%s survives the form unchanged', (_, action) => {
    expect(validatePlanAction(actionInput(actionDraft(action), action.id, action.fromReview))).toMatchObject({ ok: true, value: action });
  });

  it.each(demoPlan.priorities.map((p) => [p.id, p] as const))('%s survives the form unchanged', (_, priority) => {
    expect(validatePriority(priorityInput(priorityDraft(priority), priority.id))).toMatchObject({ ok: true, value: priority });
  });

  it('keeps one piece of evidence per line, dropping blank lines', () => {
    const draft = { ...actionDraft(undefined, 'p'), evidence: 'Registers\n\n  Photos  \n' };
    expect(actionInput(draft, 'a').evidenceList).toEqual(['Registers', 'Photos']);
  });
});

describe('planNextStep: a review next step becomes an action', () => {
  it('under a new priority linked to the same row, the action linked back to the review', () => {
    const result = planNextStep(fit, row, { ...emptyNextStepDraft, priorityId: NEW_PRIORITY, title: 'Recording', period: 'Spring 1', lead: 'HW' }, ids);
    expect(result).toMatchObject({
      ok: true,
      priority: { id: 'pri-new', title: 'Recording', maturityRows: ['2.3'] },
      action: { id: 'act-new', priorityId: 'pri-new', action: fit.nextSteps, rag: 'amber', fromReview: { reviewId: DEMO_REVIEW_2026_ID, rowId: '2.3' } },
    });
  });

  it('says what is missing, field by field', () => {
    const result = planNextStep(fit, row, { ...emptyNextStepDraft, priorityId: NEW_PRIORITY }, ids);
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['lead', 'period', 'title']);
  });

  it('refuses a row with no next steps, in the domain’s words', () => {
    const result = planNextStep({ ...fit, nextSteps: ' ' }, row, { ...emptyNextStepDraft, priorityId: ids.priorityIds[0]!, period: 'Autumn 1', lead: 'x' }, ids);
    expect(result).toEqual({ ok: false, errors: { nextSteps: 'Row 2.3 has no agreed next steps to turn into an action yet.' } });
  });
});

describe('plan state', () => {
  const list = [versioned({ id: 'a' }, 1), versioned({ id: 'b' }, 2)];
  it('replaces a saved item in place and appends a new one', () => {
    expect(upsert(list, versioned({ id: 'b' }, 9)).map((v) => v.itemId)).toEqual(['1', '9']);
    expect(upsert(list, versioned({ id: 'c' }, 3)).map((v) => v.value.id)).toEqual(['a', 'b', 'c']);
    expect(sortOrderOf(list, 'b')).toBe(1);
    expect(sortOrderOf(list, 'new')).toBe(2);
  });
  it('takes their version, or their deletion', () => {
    expect(takeTheirs(list, 'a', versioned({ id: 'a' }, 7)).map((v) => v.itemId)).toEqual(['7', '2']);
    expect(takeTheirs(list, 'a', null).map((v) => v.value.id)).toEqual(['b']);
  });
});

describe('the actions table', () => {
  const render = (canEdit: boolean): string =>
    renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <ActionsTable
          caption="Actions"
          actions={demoPlan.actions.slice(0, 4).map((a, i) => versioned(a, i))}
          objectives={[]}
          overdue={new Map()}
          canEdit={canEdit}
          onEdit={() => undefined}
          onRemove={() => undefined}
        />
      </FluentProvider>,
    );

  it('writes RAG as a word beside its icon', () => {
    const html = render(false);
    expect(html).toMatch(/aria-hidden="true"[^>]*>.*?<\/svg>Green/);
    expect(html).toContain('Red');
  });

  it('has no buttons for a reader, and Change and Remove for an editor', () => {
    expect(render(false)).not.toContain('<button');
    expect(render(true).match(/<button/g)).toHaveLength(8);
  });
});
