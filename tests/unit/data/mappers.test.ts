import { describe, expect, it } from 'vitest';

import { demoSchool } from '../../../src/demo/demo-school';
import type { Activity } from '../../../src/domain/provision-map/types';
import { FieldTooLongError } from '../../../src/data/fields';
import * as plan from '../../../src/data/plan/mappers';
import * as map from '../../../src/data/provision-map/mappers';
import * as reviews from '../../../src/data/reviews/mappers';
import * as settings from '../../../src/data/settings/mappers';
import * as statutory from '../../../src/data/statutory/mappers';
import type { Fields } from '../../../src/graph/list-items';

/**
 * The service hands fields back without empty values (SharePoint omits them) and as JSON, so a
 * round trip here is: domain → fields → JSON, dropping nulls → domain.
 */
const asStored = (fields: Fields): Fields =>
  Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(fields)) as Record<string, unknown>).filter(([, v]) => v !== null));

describe('mappers round-trip the demo school', () => {
  it('institution settings', () => {
    const value = { institution: demoSchool.institution, institutionVision: demoSchool.plan.institutionVision, careersVision: demoSchool.plan.careersVision };
    expect(settings.institutionFromFields(asStored(settings.institutionToFields(value)))).toEqual(value);
  });

  it('reviews, reflections and best fits', () => {
    for (const record of demoSchool.reviews) {
      expect(reviews.reviewFromFields(asStored(reviews.reviewToFields(record.review)))).toEqual(record.review);
      for (const r of record.reflections) expect(reviews.reflectionFromFields(asStored(reviews.reflectionToFields(r)))).toEqual(r);
      for (const b of record.bestFits) expect(reviews.bestFitFromFields(asStored(reviews.bestFitToFields(b)))).toEqual(b);
    }
  });

  it('activities and stage outcomes', () => {
    for (const a of demoSchool.provisionMap.activities) expect(map.activityFromFields(asStored(map.activityToFields(a, '2026/27', 3)))).toEqual(a);
    for (const [stage, learningOutcomes] of Object.entries(demoSchool.provisionMap.stageOutcomes)) {
      const value = { stage, learningOutcomes, academicYear: '2026/27' } as map.StageOutcomes;
      const fields = map.stageOutcomesToFields(value, '2025/26');
      expect(fields.WaypointKey).toBe(`${stage}|2026/27`);
      expect(map.stageOutcomesFromFields(asStored(fields))).toEqual(value);
    }
  });

  it('plan priorities and actions', () => {
    for (const p of demoSchool.plan.priorities) expect(plan.priorityFromFields(asStored(plan.priorityToFields(p, '2026/27', 0)))).toEqual(p);
    for (const a of demoSchool.plan.actions) expect(plan.actionFromFields(asStored(plan.actionToFields(a, '2026/27', 0)))).toEqual(a);
  });

  it('the statutory record', () => {
    const record = demoSchool.statutory;
    expect(statutory.statutoryFromFields(asStored(statutory.statutoryToFields(record, '2026/27')), record.institutionId)).toEqual(record);
    const bare = { ...record, careersLeader: undefined, seniorLeader: undefined, linkGovernor: undefined, providerAccessPolicy: undefined };
    const back = statutory.statutoryFromFields(asStored(statutory.statutoryToFields(bare, '2026/27')), record.institutionId);
    expect(back.careersLeader).toBeUndefined();
    expect(back.providerAccessPolicy).toBeUndefined();
  });
});

describe('mappers read what people typed into SharePoint without crashing', () => {
  it('drop items that cannot be placed, default the rest', () => {
    expect(map.activityFromFields({ WaypointKey: 'a', Stage: 'Somewhere else' })).toBeNull();
    expect(map.activityFromFields({ WaypointKey: 'a', Stage: 'apply-demonstrate', CategoryChoices: 'not a list', BenchmarkChoices: ['1', '9', 'x', '4'], AcademicYear: '2026/28' })).toMatchObject({
      categories: [],
      benchmarks: [1, 4],
      audience: { kind: 'universal' },
      parentsAndCarers: false,
    });
    // A term nobody stated stays not stated (an imported map often has none).
    expect(map.activityFromFields({ WaypointKey: 'a', Stage: 'apply-demonstrate' })).not.toHaveProperty('term');
    expect(reviews.reflectionFromFields({ ReviewId: 'r', RowId: '1.1', ParticipantId: 'p', Choice: 'maybe' })?.choice).toBe('not-sure');
    expect(reviews.bestFitFromFields({ ReviewId: 'r', RowId: '1.1', AgreedColumn: 7 })).toBeNull();
  });

  it('read a page as the local server returns it (fields carry @odata.etag and system columns)', () => {
    const fromService = {
      '@odata.etag': '"{5C7E0A4B-0000-4000-8000-000000000001},3"',
      WaypointKey: 'r1|2.3|ann@school.org',
      Title: '2.3 · ann@school.org',
      ReviewId: 'r1',
      RowId: '2.3',
      ParticipantId: 'ann@school.org',
      Choice: '3',
      id: '14',
      ContentType: 'Item',
    };
    expect(reviews.reflectionFromFields(fromService)).toEqual({ reviewId: 'r1', rowId: '2.3', participantId: 'ann@school.org', choice: 3, note: '' });
  });
});

describe('multi-choice columns', () => {
  it('are written as an annotated array, and cleared with null when empty', () => {
    const activity: Activity = { ...demoSchool.provisionMap.activities[0]!, categories: ['employer-encounters', 'Our own'], benchmarks: [5], learningOutcomes: [] };
    const fields = map.activityToFields(activity, '2026/27');
    expect(fields).toMatchObject({
      'CategoryChoices@odata.type': 'Collection(Edm.String)',
      CategoryChoices: ['employer-encounters', 'Our own'],
      'BenchmarkChoices@odata.type': 'Collection(Edm.String)',
      BenchmarkChoices: ['5'],
      OutcomeChoices: null,
      AcademicYear: '2026/27',
    });
    expect(fields).not.toHaveProperty('OutcomeChoices@odata.type');
  });

  it('keep the year an activity carries over the year of the map it is saved with', () => {
    const activity: Activity = { ...demoSchool.provisionMap.activities[0]!, academicYear: '2025/26' };
    expect(map.activityToFields(activity, '2026/27').AcademicYear).toBe('2025/26');
  });
});

describe('mappers refuse what the lists cannot hold', () => {
  it('a title longer than a single line of text', () => {
    const activity: Activity = { ...demoSchool.provisionMap.activities[0]!, title: 'x'.repeat(256) };
    expect(() => map.activityToFields(activity, '2026/27')).toThrow(FieldTooLongError);
  });

  it('a derived title is shortened instead (the full text has its own column)', () => {
    const action = { ...demoSchool.plan.actions[0]!, action: 'y'.repeat(400) };
    const fields = plan.actionToFields(action, '2026/27');
    expect((fields.Title as string).length).toBe(255);
    expect(fields.ActionText).toBe(action.action);
  });
});
