import { describe, expect, it } from 'vitest';
import { defaultRag } from '../../../../src/domain/plan/rag';
import { meetingAgenda, nextRowToDiscuss } from '../../../../src/domain/review/agenda';
import { progress } from '../../../../src/domain/review/progress';
import { reflectionSpread } from '../../../../src/domain/review/spread';
import { spreadSummary } from '../../../../src/domain/review/spread-summary';
import { agreeReview, reopenReview } from '../../../../src/domain/review/status';
import type { DraftReflection, Participant, Review } from '../../../../src/domain/review/types';
import { validateReflection, validateReflectionEntry } from '../../../../src/domain/validation/review';
import { ann, ben, cat, fit, model, panel, reflect } from '../fixtures';

const summary = (people: readonly Participant[], ...reflections: Parameters<typeof reflectionSpread>[1]) =>
  spreadSummary(reflectionSpread({ id: '1.1' }, reflections, people));

describe('spreadSummary: the agenda is honest about who has reflected', () => {
  const three = [ann, ben, cat];

  it('says how many reflected before what they chose', () => {
    expect(summary(three, reflect(ann, '1.1', 3), reflect(ben, '1.1', 3))).toBe('2 of 3 reflected: both chose 3');
    expect(summary(panel, reflect(ann, '1.1', 2))).toBe('1 of 4 reflected: chose 2');
    expect(summary(panel, reflect(ann, '1.1', 3), reflect(ben, '1.1', 3), reflect(cat, '1.1', 3))).toBe('3 of 4 reflected: all chose 3');
    expect(summary(panel, reflect(ann, '1.1', 1), reflect(ben, '1.1', 4), reflect(cat, '1.1', 'not-sure'))).toBe(
      '3 of 4 reflected: from 1 to 4, 1 not sure',
    );
    expect(summary(three, reflect(ann, '1.1', 'not-sure'), reflect(ben, '1.1', 'not-sure'))).toBe('2 of 3 reflected: both not sure');
  });

  it('keeps the short words when everyone has reflected', () => {
    expect(summary(three, reflect(ann, '1.1', 3), reflect(ben, '1.1', 3), reflect(cat, '1.1', 3))).toBe('All chose 3');
    expect(summary([ann, ben], reflect(ann, '1.1', 2), reflect(ben, '1.1', 2))).toBe('Both chose 2');
    expect(summary(three, reflect(ann, '1.1', 2), reflect(ben, '1.1', 2), reflect(cat, '1.1', 'not-sure'))).toBe('2 chose 2, 1 not sure');
    expect(summary(three, reflect(ann, '1.1', 1), reflect(ben, '1.1', 3), reflect(cat, '1.1', 2))).toBe('From 1 to 3');
    expect(summary(three)).toBe('No reflections yet');
  });

  it('does not count a draft note as a reflection', () => {
    const draft: DraftReflection = { reviewId: 'r1', rowId: '1.1', participantId: cat.id, note: 'Ask about Year 8' };
    expect(summary(three, reflect(ann, '1.1', 3), reflect(ben, '1.1', 3), draft)).toBe('2 of 3 reflected: both chose 3');
  });
});

describe('nextRowToDiscuss: after agreeing a row the meeting moves on in agenda order', () => {
  const agenda = meetingAgenda(model, [], panel, 'theme'); // 1.1, 1.2, 2.1, 2.2, 2.3

  it('goes to the next row not yet agreed, wrapping round to rows skipped', () => {
    expect(nextRowToDiscuss(agenda, '1.1', new Set(['1.1']))?.row.id).toBe('1.2');
    expect(nextRowToDiscuss(agenda, '2.1', new Set(['2.1', '2.2']))?.row.id).toBe('2.3');
    expect(nextRowToDiscuss(agenda, '2.3', new Set(['1.1', '2.3']))?.row.id).toBe('1.2');
  });

  it('follows the agenda order, not the model order', () => {
    const byDisagreement = meetingAgenda(model, [reflect(ann, '2.2', 1), reflect(ben, '2.2', 4)], panel, 'disagreement');
    expect(nextRowToDiscuss(byDisagreement, '2.2', new Set(['2.2']))?.row.id).toBe('1.1');
  });

  it('has nowhere to go once every row is agreed', () => {
    expect(nextRowToDiscuss(agenda, '2.3', new Set(['1.1', '1.2', '2.1', '2.2', '2.3']))).toBeUndefined();
  });
});

describe('agreeing and reopening the review', () => {
  const review: Review = { id: 'r1', institutionId: 'school', variant: 'schools', title: 'Autumn review', date: '2025-11-20', status: 'meeting', participants: panel };
  const allAgreed = ['1.1', '1.2', '2.1', '2.2', '2.3'].map((id) => fit(id, 2));
  const agreement = { by: 'ann', at: '2025-11-27T16:05:00Z' };

  it('records who agreed it and the real time, apart from the meeting date', () => {
    const agreed = agreeReview(review, agreement, model, allAgreed);
    expect(agreed).toEqual({ ok: true, value: { ...review, status: 'agreed', agreement } });
    expect(agreed.ok && agreed.value.date).toBe('2025-11-20');
  });

  it('refuses while rows lack a best fit, or without a name', () => {
    expect(agreeReview(review, agreement, model, allAgreed.slice(1))).toEqual({ ok: false, reason: '1 row still needs an agreed best fit: 1.1.' });
    expect(agreeReview(review, { ...agreement, by: ' ' }, model, allAgreed).ok).toBe(false);
  });

  it('reopens for an editor with a reason, keeping the reason and the agreement it undid', () => {
    const agreed = agreeReview(review, agreement, model, allAgreed);
    if (!agreed.ok) throw new Error(agreed.reason);
    const reopened = reopenReview(agreed.value, { by: 'ben', at: '2025-12-01T09:00:00Z', reason: ' Row 2.3 evidence was wrong. ', canEdit: true });
    expect(reopened).toEqual({
      ok: true,
      value: {
        ...review,
        status: 'meeting',
        reopenings: [{ by: 'ben', at: '2025-12-01T09:00:00Z', reason: 'Row 2.3 evidence was wrong.', agreement }],
      },
    });
    // Agreed again and reopened again: both reasons are kept, oldest first.
    const again = reopened.ok && agreeReview(reopened.value, { by: 'ann', at: '2025-12-02T10:00:00Z' }, model, allAgreed);
    const twice = again && again.ok && reopenReview(again.value, { by: 'cat', at: '2025-12-03T10:00:00Z', reason: 'New destinations data', canEdit: true });
    expect(twice && twice.ok && twice.value.reopenings?.map((r) => r.reason)).toEqual(['Row 2.3 evidence was wrong.', 'New destinations data']);
  });

  it('refuses to reopen without a reason, for someone who cannot edit, or a review not agreed', () => {
    const agreed = { ...review, status: 'agreed' as const, agreement };
    expect(reopenReview(agreed, { by: 'ben', at: 'x', reason: '  ', canEdit: true })).toEqual({
      ok: false,
      reason: 'Say why the review is being reopened: the reason is kept with the review.',
    });
    expect(reopenReview(agreed, { by: 'dev', at: 'x', reason: 'Typo', canEdit: false })).toEqual({
      ok: false,
      reason: 'Only someone who can edit the review can reopen it.',
    });
    expect(reopenReview(review, { by: 'ben', at: 'x', reason: 'Typo', canEdit: true }).ok).toBe(false);
  });
});

describe('a note typed without a choice is a draft reflection', () => {
  const base = { reviewId: 'r1', rowId: '1.1', participantId: 'ann' };

  it('is kept as a draft when it has a note, and refused when it has nothing', () => {
    expect(validateReflectionEntry({ ...base, note: 'Check the Year 10 data' })).toEqual({
      ok: true,
      value: { ...base, note: 'Check the Year 10 data' },
      formulaLike: [],
    });
    const empty = validateReflectionEntry({ ...base, note: '  ' });
    expect(empty.ok || empty.errors).toEqual([
      { field: 'choice', message: 'Choose a column from 1 to 4, or not sure, or write a note to keep as a draft.' },
    ]);
    expect(validateReflectionEntry({ ...base, choice: 3, note: '' })).toMatchObject({ ok: true, value: { choice: 3 } });
  });

  it('is still not a reflection where a reflection is required', () => {
    expect(validateReflection({ ...base, note: 'Check the Year 10 data' }).ok).toBe(false);
  });

  it('does not count as done in progress', () => {
    const draft: DraftReflection = { ...base, note: 'later' };
    expect(progress('ann', model, [draft, reflect(ann, '1.2', 2)])).toMatchObject({ answered: 1, resumeAt: { id: '1.1' } });
  });
});

describe('defaultRag: the plan rule for an action nobody has rated', () => {
  it('is green once completed, red once overdue, amber while under way', () => {
    expect(defaultRag({ completed: true, period: 'Autumn 1', endPoint: '2025-10-01' }, '2025-11-20')).toBe('green');
    expect(defaultRag({ completed: false, period: 'Spring 1', endPoint: '2025-11-19' }, '2025-11-20')).toBe('red');
    expect(defaultRag({ completed: false, period: 'Spring 1', endPoint: '2025-11-20' }, '2025-11-20')).toBe('amber');
    expect(defaultRag({ completed: false, period: 'Autumn 1' }, '2025-11-20')).toBe('red');
    expect(defaultRag({ completed: false, period: 'Autumn 2' }, '2025-11-20')).toBe('amber');
  });
});
