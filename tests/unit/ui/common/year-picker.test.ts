import { describe, expect, it } from 'vitest';

import { yearChoices, yearOptionLabel } from '../../../../src/ui/common/year-picker';

describe('the year picker', () => {
  it('offers the years that hold data and this year, latest first, this year named as such', () => {
    expect(yearChoices('2026/27', '2026/27', ['2026/27', '2025/26', '2024/25'])).toEqual(['2026/27', '2025/26', '2024/25']);
    // A new school: only this year, not an endless list of empty ones.
    expect(yearChoices('2026/27', '2026/27', [])).toEqual(['2026/27']);
    expect(yearChoices('2026/27', '2026/27', ['2024/25'])).toEqual(['2026/27', '2024/25']);
    expect(yearOptionLabel('2026/27', '2026/27')).toBe('2026/27 (this year)');
    expect(yearOptionLabel('2025/26', '2026/27')).toBe('2025/26');
  });

  it('keeps the year shown even when it holds nothing (a link to an old year, or before the years are known)', () => {
    expect(yearChoices('2026/27', '2019/20')).toEqual(['2026/27', '2019/20']);
    expect(yearChoices('2026/27', '2027/28', ['2026/27', '2025/26'])).toEqual(['2027/28', '2026/27', '2025/26']);
  });
});
