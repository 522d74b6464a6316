import { describe, expect, it } from 'vitest';
import { meetingAgenda } from '../../../../src/domain/review/agenda';
import { compareReviews } from '../../../../src/domain/review/compare';
import { themeDistribution } from '../../../../src/domain/review/distribution';
import { progress } from '../../../../src/domain/review/progress';
import { reflectionSpread } from '../../../../src/domain/review/spread';
import { checkReviewTransition } from '../../../../src/domain/review/status';
import { strengthsAndPriorities } from '../../../../src/domain/review/strengths';
import type { Review } from '../../../../src/domain/review/types';
import { ann, ben, cat, dev, fit, model, panel, reflect } from '../fixtures';

describe('reflectionSpread', () => {
  it('counts columns, lists who chose what and who has not yet responded', () => {
    const s = reflectionSpread(
      { id: '1.1' },
      [reflect(ann, '1.1', 2), reflect(ben, '1.1', 4), reflect(cat, '1.1', 'not-sure'), reflect(ann, '1.2', 1)],
      panel,
    );
    expect(s.counts).toEqual({ 1: 0, 2: 1, 3: 0, 4: 1 });
    expect(s.notSure).toBe(1);
    expect(s.byChoice[2]).toEqual([ann]);
    expect(s.byChoice[4]).toEqual([ben]);
    expect(s.byChoice['not-sure']).toEqual([cat]);
    expect(s.responded).toEqual([ann, ben, cat]);
    expect(s.notYet).toEqual([dev]);
    expect([s.min, s.max, s.range]).toEqual([2, 4, 2]);
    expect(s.standardDeviation).toBeCloseTo(1);
    expect(s.disagreement).toBe(2.5);
  });

  it('treats "not sure" as uncertainty, not as a column', () => {
    const s = reflectionSpread({ id: '1.1' }, [reflect(ann, '1.1', 1), reflect(ben, '1.1', 'not-sure')], panel);
    expect([s.min, s.max, s.range, s.disagreement]).toEqual([1, 1, 0, 0]);
  });

  it('has no spread when nobody has reflected', () => {
    const s = reflectionSpread({ id: '1.1' }, [], panel);
    expect(s.responded).toEqual([]);
    expect(s.notYet).toEqual(panel);
    expect(s.min).toBeUndefined();
    expect(s.max).toBeUndefined();
    expect(s.range).toBe(0);
    expect(s.disagreement).toBe(0);
  });

  it('breaks equal ranges by standard deviation: an even split is a deeper disagreement', () => {
    const even = reflectionSpread(
      { id: '1.1' },
      [reflect(ann, '1.1', 1), reflect(ben, '1.1', 1), reflect(cat, '1.1', 4), reflect(dev, '1.1', 4)],
      panel,
    );
    const lopsided = reflectionSpread(
      { id: '1.1' },
      [reflect(ann, '1.1', 1), reflect(ben, '1.1', 4), reflect(cat, '1.1', 4), reflect(dev, '1.1', 4)],
      panel,
    );
    expect(even.range).toBe(lopsided.range);
    expect(even.disagreement).toBe(3.75);
    expect(lopsided.disagreement).toBeLessThan(even.disagreement);
    expect(lopsided.disagreement).toBeGreaterThan(3);
  });

  it('never lets a smaller range outscore a larger one', () => {
    // Range 2 at its largest possible deviation (an even split of 1s and 3s) still ranks below range 3 at a very
    // small deviation (one 1 among forty 4s).
    const many = Array.from({ length: 41 }, (_, i) => ({ id: `p${i}`, displayName: `P${i}` }));
    const range2 = reflectionSpread({ id: 'x' }, many.slice(0, 40).map((p, i) => reflect(p, 'x', i % 2 ? 1 : 3)), many);
    const range3 = reflectionSpread({ id: 'x' }, many.map((p, i) => reflect(p, 'x', i === 0 ? 1 : 4)), many);
    expect(range2.standardDeviation).toBeGreaterThan(range3.standardDeviation * 2);
    expect(range2.disagreement).toBeLessThan(range3.disagreement);
  });

  it('ignores reflections from people not on the panel and keeps the latest of duplicates', () => {
    const outsider = { id: 'zed', displayName: 'Zed' };
    const s = reflectionSpread(
      { id: '1.1' },
      [reflect(outsider, '1.1', 4), reflect(ann, '1.1', 1), reflect(ann, '1.1', 3)],
      [ann, ben],
    );
    expect(s.counts).toEqual({ 1: 0, 2: 0, 3: 1, 4: 0 });
    expect(s.responded).toEqual([ann]);
  });
});

describe('meetingAgenda', () => {
  const ids = (items: { row: { id: string } }[]) => items.map((i) => i.row.id);

  it('puts the widest disagreement first', () => {
    const reflections = [
      reflect(ann, '2.3', 1),
      reflect(ben, '2.3', 4), // range 3
      reflect(ann, '1.2', 2),
      reflect(ben, '1.2', 3), // range 1
      reflect(ann, '2.1', 1),
      reflect(ben, '2.1', 3), // range 2
    ];
    expect(ids(meetingAgenda(model, reflections, panel, 'disagreement'))).toEqual(['2.3', '2.1', '1.2', '1.1', '2.2']);
  });

  it('keeps model order for rows whose disagreement ties', () => {
    const reflections = [
      // 2.2 and 1.2 tie (1 vs 3); 2.2 is listed first in the input, but 1.2 comes first in the model.
      reflect(ann, '2.2', 1),
      reflect(ben, '2.2', 3),
      reflect(ann, '1.2', 3),
      reflect(ben, '1.2', 1),
    ];
    const agenda = meetingAgenda(model, reflections, panel, 'disagreement');
    expect(agenda[0]!.spread.disagreement).toBe(agenda[1]!.spread.disagreement);
    expect(ids(agenda)).toEqual(['1.2', '2.2', '1.1', '2.1', '2.3']);
  });

  it('puts the row with more "not sure" answers first when disagreement ties', () => {
    const reflections = [reflect(ann, '2.1', 'not-sure'), reflect(ben, '2.1', 'not-sure'), reflect(ann, '1.1', 2)];
    expect(ids(meetingAgenda(model, reflections, panel, 'disagreement')).slice(0, 2)).toEqual(['2.1', '1.1']);
  });

  it('a review with no reflections lists every row in model order', () => {
    const agenda = meetingAgenda(model, [], panel, 'disagreement');
    expect(ids(agenda)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3']);
    expect(agenda.every((i) => i.spread.notYet.length === panel.length)).toBe(true);
  });

  it('orders by theme in the model order, whatever the disagreement', () => {
    const reflections = [reflect(ann, '2.3', 1), reflect(ben, '2.3', 4)];
    const agenda = meetingAgenda(model, reflections, panel, 'theme');
    expect(ids(agenda)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3']);
    expect(agenda.map((i) => i.theme.id)).toEqual([1, 1, 2, 2, 2]);
  });
});

describe('progress', () => {
  it('counts rows answered ("not sure" included) and resumes at the first gap in model order', () => {
    const p = progress('ann', model, [
      reflect(ann, '1.1', 2),
      reflect(ann, '2.1', 'not-sure'),
      reflect(ben, '1.2', 3),
      reflect(ann, 'gone', 1),
    ]);
    expect(p).toMatchObject({ answered: 2, total: 5, complete: false, summary: '2 of 5' });
    expect(p.resumeAt?.id).toBe('1.2');
  });

  it('is complete with nowhere to resume once every row is answered', () => {
    const all = ['1.1', '1.2', '2.1', '2.2', '2.3'].map((id) => reflect(ann, id, 3));
    const p = progress('ann', model, all);
    expect(p).toMatchObject({ answered: 5, complete: true, summary: '5 of 5' });
    expect(p.resumeAt).toBeUndefined();
  });

  it('starts at the first row when nothing is answered', () => {
    expect(progress('ann', model, []).resumeAt?.id).toBe('1.1');
  });
});

describe('themeDistribution', () => {
  it('counts agreed columns per theme and the rows not yet agreed', () => {
    const d = themeDistribution(model, [fit('1.1', 2), fit('2.1', 4), fit('2.2', 4)]);
    expect(d.map((t) => ({ id: t.theme.id, counts: t.counts, notAgreed: t.notAgreed, total: t.total }))).toEqual([
      { id: 1, counts: { 1: 0, 2: 1, 3: 0, 4: 0 }, notAgreed: 1, total: 2 },
      { id: 2, counts: { 1: 0, 2: 0, 3: 0, 4: 2 }, notAgreed: 1, total: 3 },
    ]);
  });
});

describe('strengthsAndPriorities', () => {
  const ids = (rows: readonly { row: { id: string } }[]) => rows.map((r) => r.row.id);

  it('takes strengths from column 4 when there are any, and priorities from column 1', () => {
    const s = strengthsAndPriorities(model, [fit('1.1', 4), fit('1.2', 3), fit('2.1', 1), fit('2.2', 2), fit('2.3', 4)]);
    expect(ids(s.strengths)).toEqual(['1.1', '2.3']);
    expect(ids(s.priorities)).toEqual(['2.1']);
    expect([s.strengthColumn, s.priorityColumn]).toEqual([4, 1]);
    expect(s.byTheme.map((t) => [t.theme.id, t.strengths, t.priorities])).toEqual([
      [1, 1, 0],
      [2, 1, 1],
    ]);
    expect(s.strengths[0]!.theme.title).toBe('Leadership');
  });

  it('falls back to column 3 for strengths and column 2 for priorities', () => {
    const s = strengthsAndPriorities(model, [fit('1.1', 3), fit('1.2', 2), fit('2.1', 2), fit('2.2', 3)]);
    expect(ids(s.strengths)).toEqual(['1.1', '2.2']);
    expect(ids(s.priorities)).toEqual(['1.2', '2.1']);
  });

  it('never calls a row at 1 or 2 a strength, nor a row at 3 or 4 a priority', () => {
    const low = strengthsAndPriorities(model, [fit('1.1', 2), fit('1.2', 2)]);
    expect(low.strengths).toEqual([]);
    expect(low.strengthColumn).toBeUndefined();
    expect(ids(low.priorities)).toEqual(['1.1', '1.2']);
    const high = strengthsAndPriorities(model, [fit('1.1', 3), fit('1.2', 4)]);
    expect(high.priorities).toEqual([]);
    expect(ids(high.strengths)).toEqual(['1.2']);
  });

  it('has neither before anything is agreed', () => {
    const s = strengthsAndPriorities(model, []);
    expect([s.strengths, s.priorities]).toEqual([[], []]);
  });
});

describe('compareReviews', () => {
  it('marks each row up, down, same, new or not agreed', () => {
    const c = compareReviews(
      model,
      [fit('1.1', 3), fit('1.2', 2), fit('2.1', 2), fit('2.2', 4)],
      [fit('1.1', 2, 'r0'), fit('1.2', 3, 'r0'), fit('2.1', 2, 'r0'), fit('2.3', 1, 'r0')],
    );
    expect(c.rows.map((r) => [r.row.id, r.change, r.current, r.previous])).toEqual([
      ['1.1', 'up', 3, 2],
      ['1.2', 'down', 2, 3],
      ['2.1', 'same', 2, 2],
      ['2.2', 'new', 4, undefined], // missing from the previous review
      ['2.3', 'not-agreed', undefined, 1],
    ]);
    expect(c.themes.map((t) => t.counts)).toEqual([
      { up: 1, down: 1, same: 0, new: 0, 'not-agreed': 0 },
      { up: 0, down: 0, same: 1, new: 1, 'not-agreed': 1 },
    ]);
  });

  it('reports rows the previous review had that the model no longer has', () => {
    const c = compareReviews(model, [], [fit('9.9', 2, 'r0'), fit('1.1', 2, 'r0')]);
    expect(c.droppedRowIds).toEqual(['9.9']);
    expect(c.rows.every((r) => r.change === 'not-agreed')).toBe(true);
  });
});

describe('checkReviewTransition', () => {
  const review = (status: Review['status'], participants = panel): Review => ({
    id: 'r1',
    institutionId: 'school',
    variant: 'schools',
    title: 'Autumn review',
    date: '2025-11-20',
    status,
    participants,
  });
  const allAgreed = ['1.1', '1.2', '2.1', '2.2', '2.3'].map((id) => fit(id, 2));

  it('allows preparing → meeting → agreed when every row is agreed', () => {
    expect(checkReviewTransition(review('preparing'), 'meeting', model, [])).toEqual({ allowed: true });
    expect(checkReviewTransition(review('meeting'), 'agreed', model, allAgreed)).toEqual({ allowed: true });
  });

  it('refuses to agree while rows lack a best fit, naming them', () => {
    const check = checkReviewTransition(review('meeting'), 'agreed', model, [fit('1.1', 2), fit('2.1', 3)]);
    expect(check).toEqual({ allowed: false, reason: '3 rows still need an agreed best fit: 1.2, 2.2, 2.3.' });
  });

  it('does not count best fits recorded for another review', () => {
    const other = allAgreed.map((f) => ({ ...f, reviewId: 'r0' }));
    expect(checkReviewTransition(review('meeting'), 'agreed', model, other).allowed).toBe(false);
  });

  it('refuses to skip the meeting, to reopen an agreed review, or to stay put', () => {
    const skip = checkReviewTransition(review('preparing'), 'agreed', model, allAgreed);
    expect(skip).toEqual({ allowed: false, reason: 'A review must go through the meeting before it can be agreed.' });
    const reopen = checkReviewTransition(review('agreed'), 'meeting', model, allAgreed);
    expect(reopen.allowed).toBe(false);
    expect(!reopen.allowed && reopen.reason).toMatch(/An editor can reopen it, giving a reason/);
    const same = checkReviewTransition(review('meeting'), 'meeting', model, []);
    expect(same).toEqual({ allowed: false, reason: 'This review is already in the meeting.' });
  });

  it('lets a meeting go back to preparing, but not start without participants', () => {
    expect(checkReviewTransition(review('meeting'), 'preparing', model, []).allowed).toBe(true);
    expect(checkReviewTransition(review('preparing', []), 'meeting', model, [])).toEqual({
      allowed: false,
      reason: 'Add at least one participant before starting the meeting.',
    });
  });
});
