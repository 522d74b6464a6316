import { describe, expect, it } from 'vitest';

import * as impact from '../../../../src/data/impact/mappers';
import { FieldTooLongError } from '../../../../src/data/fields';
import { demoImpact } from '../../../../src/demo/demo-impact';
import type { Fields } from '../../../../src/graph/list-items';

/** As the service hands fields back: JSON, without empty values. */
const asStored = (fields: Fields): Fields =>
  Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(fields)) as Record<string, unknown>).filter(([, v]) => v !== null));

describe('impact mappers round-trip the demo school', () => {
  it('destinations, with groups, notes, sustained and a college programme', () => {
    for (const r of demoImpact.destinations) expect(impact.destinationsFromFields(asStored(impact.destinationsToFields(r)))).toEqual(r);
    const programme = { ...demoImpact.destinations[0]!, cohort: { kind: 'programme' as const, name: 'Level 3 Engineering' } };
    expect(impact.destinationsFromFields(asStored(impact.destinationsToFields(programme)))).toEqual(programme);
  });

  it('stores each destination count in its own number column, readable as a table in SharePoint', () => {
    const fields = impact.destinationsToFields(demoImpact.destinations[2]!);
    expect(fields).toMatchObject({ AcademicYear: '2025/26', CohortKind: 'year-11', Leavers: 180, Neet: 9, Apprenticeship: 7, NotKnown: 5 });
    expect(fields.Title).toBe('Year 11 leavers 2025/26, the school’s own collection');
  });

  it('learner perception, stakeholder voice and risk of NEET', () => {
    for (const r of demoImpact.perception) expect(impact.perceptionFromFields(asStored(impact.perceptionToFields(r)))).toEqual(r);
    const { yearGroupSize: _, ...rest } = demoImpact.perception[0]!;
    const own = { ...rest, survey: 'own' as const, surveyName: 'Careers day survey' };
    expect(impact.perceptionFromFields(asStored(impact.perceptionToFields(own)))).toEqual(own);
    for (const r of demoImpact.voice) expect(impact.voiceFromFields(asStored(impact.voiceToFields(r)))).toEqual(r);
    for (const r of demoImpact.neetRisk) expect(impact.neetRiskFromFields(asStored(impact.neetRiskToFields(r)))).toEqual(r);
  });

  it('reads items edited by hand forgivingly: unknown choices are dropped, malformed JSON reads as empty', () => {
    expect(impact.destinationsFromFields({ WaypointKey: 'x', CohortKind: 'year-12', Source: 'school' })).toBeNull();
    const r = impact.destinationsFromFields({ WaypointKey: 'x', CohortKind: 'year-11', Source: 'dfe', Groups: '[{"group":"nobody"}', Leavers: '12' });
    expect(r?.groups).toEqual([]);
    expect(r?.all.cohort).toBe(12);
    const p = impact.perceptionFromFields({ WaypointKey: 'p', Survey: 'fsq', Areas: JSON.stringify([{ area: 'Self-awareness', percentPositive: 140 }]) });
    expect(p?.areas).toEqual([]);
  });

  it('refuses a summary longer than its column before it reaches the service', () => {
    const long = { ...demoImpact.voice[0]!, method: 'x'.repeat(300) };
    expect(() => impact.voiceToFields(long)).toThrow(FieldTooLongError);
  });
});
