import { describe, expect, it } from 'vitest';

import { breakdownFigures, countFigure, percentFigure, shareFigure } from '../../../../src/domain/impact/suppression';

describe('small-number suppression (governors only)', () => {
  it('shows counts of 1 to 4 as "fewer than 5" with no value, and 0 and 5 as they are', () => {
    expect(countFigure(3, 'governors')).toEqual({ value: null, text: 'fewer than 5', suppressed: true });
    expect(countFigure(0, 'governors')).toMatchObject({ value: 0, text: '0', suppressed: false });
    expect(countFigure(5, 'governors')).toMatchObject({ value: 5, text: '5' });
    expect(countFigure(3, 'team')).toMatchObject({ value: 3, text: '3', suppressed: false });
  });

  it('withholds a percentage made from a small count or a small cohort', () => {
    expect(shareFigure(4, 180, 'governors')).toMatchObject({ value: null, text: 'withheld', suppressed: true });
    expect(shareFigure(2, 4, 'governors').suppressed).toBe(true);
    expect(shareFigure(9, 180, 'governors')).toMatchObject({ value: 5, text: '5%' });
    expect(shareFigure(4, 180, 'team').text).toBe('2%');
    expect(shareFigure(1, 250, 'team').text).toBe('<1%');
    expect(percentFigure(72, 3, 'governors').suppressed).toBe(true);
    expect(percentFigure(72, 30, 'governors').text).toBe('72%');
  });

  it('withholds a second figure when only one would be hidden, so it cannot be worked out by subtraction', () => {
    const b = breakdownFigures({ a: 170, b: 7, c: 3, d: 0 }, 180, 'governors');
    expect(b.total.text).toBe('180');
    expect(b.counts.c.text).toBe('fewer than 5');
    expect(b.counts.b).toEqual({ value: null, text: 'withheld', suppressed: true });
    expect(b.counts.a.text).toBe('170');
    expect(b.counts.d.text).toBe('0');
    expect(b.shares.b.suppressed && b.shares.c.suppressed).toBe(true);
    expect(b.shares.a.text).toBe('94%');
  });

  it('needs no second figure when two are already hidden, and hides everything in a cohort under 5', () => {
    const two = breakdownFigures({ a: 170, b: 7, c: 2, d: 1 }, 180, 'governors');
    expect(two.counts.b.suppressed).toBe(false);
    const tiny = breakdownFigures({ a: 3, b: 0 }, 3, 'governors');
    expect(tiny.total.text).toBe('fewer than 5');
    expect(Object.values(tiny.counts).every((f) => f.suppressed && f.value === null)).toBe(true);
  });

  it('leaves the team’s own view whole', () => {
    const b = breakdownFigures({ a: 177, c: 3 }, 180, 'team');
    expect(b.counts.c).toMatchObject({ value: 3, suppressed: false });
  });
});
