import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { todayIso } from '../../../../src/ui/common/ids';

describe('todayIso', () => {
  let zone: string | undefined;
  beforeEach(() => {
    zone = process.env.TZ;
    process.env.TZ = 'Europe/London';
  });
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("is the reader's date, not UTC's, between midnight and 1 am in British Summer Time", () => {
    const justAfterMidnight = new Date('2026-06-01T23:30:00Z'); // 00:30 on 2 June in London
    expect(justAfterMidnight.toISOString().slice(0, 10)).toBe('2026-06-01');
    expect(todayIso(justAfterMidnight)).toBe('2026-06-02');
  });

  it('is the same date as UTC in winter (GMT)', () => {
    expect(todayIso(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
  });
});
