import { describe, expect, it } from 'vitest';

import {
  academicYearBounds,
  academicYearOf,
  academicYearsBetween,
  actionPeriodsOf,
  currentAcademicYear,
  describeAcademicYear,
  isAcademicYear,
  localIsoDate,
  nextAcademicYear,
  parseAcademicYear,
  previousAcademicYear,
} from '../../../src/domain/academic-year';

describe('the academic year', () => {
  it('runs from 1 September to 31 August', () => {
    expect(academicYearOf('2026-09-01')).toBe('2026/27');
    expect(academicYearOf('2026-08-31')).toBe('2025/26');
    expect(academicYearOf('2027-02-28')).toBe('2026/27');
    expect(academicYearBounds('2026/27')).toEqual({ start: '2026-09-01', end: '2027-08-31' });
    expect(describeAcademicYear('2026/27')).toBe('September 2026 to August 2027');
  });

  it('crosses the century cleanly', () => {
    expect(nextAcademicYear('2098/99')).toBe('2099/00');
    expect(previousAcademicYear('2000/01')).toBe('1999/00');
    expect(academicYearsBetween('2024/25', '2026/27')).toEqual(['2024/25', '2025/26', '2026/27']);
  });

  it('reads the ways people write a year, and refuses one that does not exist with a plain reason', () => {
    expect(parseAcademicYear(' 2026/27 ')).toEqual({ ok: true, year: '2026/27' });
    expect(parseAcademicYear('2026-27')).toEqual({ ok: true, year: '2026/27' });
    expect(parseAcademicYear('2026/2027')).toEqual({ ok: true, year: '2026/27' });
    const wrongEnd = parseAcademicYear('2026/28');
    expect(wrongEnd).toEqual({ ok: false, message: '2026/28 is not an academic year: one that starts in 2026 ends in 2027 (2026/27).' });
    expect(parseAcademicYear('next year')).toMatchObject({ ok: false, message: expect.stringMatching(/like 2026\/27/) });
    expect(parseAcademicYear('1066/67')).toMatchObject({ ok: false, message: expect.stringMatching(/outside the years/) });
    expect(isAcademicYear('2026/27')).toBe(true);
    expect(isAcademicYear('2026-27')).toBe(false);
    expect(isAcademicYear('2026/28')).toBe(false);
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => academicYearOf('2026-02-30')).toThrow(/Not a date/);
  });

  it("takes today from the user's own calendar, not UTC's", () => {
    // 00:30 on 1 September in a zone ahead of UTC is still 31 August in UTC: local parts decide.
    const local = new Date(2026, 8, 1, 0, 30);
    expect(localIsoDate(local)).toBe('2026-09-01');
    expect(currentAcademicYear(localIsoDate(local))).toBe('2026/27');
  });

  it('has six half terms, each ending within the year', () => {
    const periods = actionPeriodsOf('2026/27');
    expect(periods.map((p) => p.period)).toEqual(['Autumn 1', 'Autumn 2', 'Spring 1', 'Spring 2', 'Summer 1', 'Summer 2']);
    for (const p of periods) expect(academicYearOf(p.ends)).toBe('2026/27');
    expect(periods.at(-1)?.ends).toBe('2027-07-31');
  });
});
