import { describe, expect, it } from 'vitest';

import { changesFor } from '../../../../src/data/years/upgrade-to-v2';

const NOW = '2026/27' as const;

describe('bringing one schema-1 item to schema 2', () => {
  it('moves JSON values into multi-choice columns and empties the JSON, in one change', () => {
    expect(changesFor('activities', { WaypointKey: 'a', Categories: '["employer-encounter"]', Benchmarks: '[5, 6]', LearningOutcomes: '[]' }, NOW)).toEqual({
      AcademicYear: NOW,
      'CategoryChoices@odata.type': 'Collection(Edm.String)',
      CategoryChoices: ['employer-encounter'],
      Categories: null,
      'BenchmarkChoices@odata.type': 'Collection(Edm.String)',
      BenchmarkChoices: ['5', '6'],
      Benchmarks: null,
      LearningOutcomes: null,
    });
  });

  it('leaves text that is not JSON where it is, so nothing typed by hand is lost', () => {
    expect(changesFor('activities', { WaypointKey: 'a', AcademicYear: NOW, Categories: 'careers fair, assemblies' }, NOW)).toBeNull();
  });

  it('gives a completed action the year of its end point, an open one the current year', () => {
    expect(changesFor('planActions', { WaypointKey: 'x', Completed: true, EndPoint: '2025-03-14' }, NOW)).toEqual({ AcademicYear: '2024/25' });
    expect(changesFor('planActions', { WaypointKey: 'x', Completed: false, EndPoint: '2025-03-14' }, NOW)).toEqual({ AcademicYear: NOW });
    expect(changesFor('planActions', { WaypointKey: 'x', Completed: true, EndPoint: 'March' }, NOW)).toEqual({ AcademicYear: NOW });
  });

  it("re-keys the site's one statutory record and the stage outcomes by year", () => {
    expect(changesFor('statutory', { WaypointKey: 'statutory' }, NOW)).toEqual({ AcademicYear: NOW, WaypointKey: 'statutory|2026/27' });
    expect(changesFor('stageOutcomes', { WaypointKey: 'apply-demonstrate', Stage: 'apply-demonstrate' }, NOW)).toEqual({
      AcademicYear: NOW,
      WaypointKey: 'apply-demonstrate|2026/27',
    });
  });

  it('changes nothing on an item already converted', () => {
    expect(changesFor('statutory', { WaypointKey: 'statutory|2025/26', AcademicYear: '2025/26' }, NOW)).toBeNull();
    expect(changesFor('planPriorities', { WaypointKey: 'p', AcademicYear: '2025/26' }, NOW)).toBeNull();
  });
});
