import { describe, expect, it } from 'vitest';

import { academicYearOf, isAcademicYear, previousYear } from '../../../../src/domain/impact/academic-year';
import { validateDestinations, validateNeetRisk, validatePerception, validateVoice } from '../../../../src/domain/impact/validate';
import { validateObjective } from '../../../../src/domain/validation/plan';
import type { ValidationResult } from '../../../../src/domain/validation/result';
import { counts, ctx } from './fixtures';

const messages = <T>(r: ValidationResult<T>) => (r.ok ? [] : r.errors.map((e) => `${e.field}: ${e.message}`));

const destinations = {
  id: 'd1',
  academicYear: '2025/26',
  cohort: { kind: 'year-11' },
  source: 'school',
  sustained: false,
  all: counts(180, { apprenticeship: 7, neet: 9, 'not-known': 2 }),
  groups: [{ group: 'disadvantaged', ...counts(40, { neet: 4 }) }],
};

describe('academic years', () => {
  it('accepts 2026/27 and refuses years that do not exist', () => {
    expect(isAcademicYear('2026/27')).toBe(true);
    expect(isAcademicYear('1999/00')).toBe(false);
    expect(isAcademicYear('2099/00')).toBe(true);
    for (const bad of ['2026/28', '2026-27', '2026/2027', '26/27', '2026/26']) expect(isAcademicYear(bad), bad).toBe(false);
    expect(academicYearOf('2026-08-31')).toBe('2025/26');
    expect(academicYearOf('2026-09-01')).toBe('2026/27');
    expect(previousYear('2000/01')).toBe('1999/00');
  });
});

describe('destinations', () => {
  it('accepts counts that add up, with a group breakdown', () => {
    const r = validateDestinations(destinations, ctx);
    expect(messages(r)).toEqual([]);
    expect(r.ok && r.value.all.counts.neet).toBe(9);
  });

  it('refuses counts that do not add up to the cohort, and says how far out they are', () => {
    const r = validateDestinations({ ...destinations, all: { ...destinations.all, cohort: 185 } }, ctx);
    expect(messages(r)).toEqual([
      'all.counts: All leavers: the destinations add up to 180 but the cohort is 185. Every leaver needs one destination; use Not known for those you could not find.',
    ]);
  });

  it('refuses negative and fractional counts', () => {
    const all = { cohort: 180, counts: { ...destinations.all.counts, neet: -3, apprenticeship: 2.5 } };
    const r = validateDestinations({ ...destinations, all }, ctx);
    expect(messages(r)).toEqual([
      'all.counts.apprenticeship: All leavers: Apprenticeship must be a whole number of learners, 0 or more (it is 2.5).',
      'all.counts.neet: All leavers: NEET must be a whole number of learners, 0 or more (it is -3).',
    ]);
  });

  it('refuses a year that does not exist, and one that has not started', () => {
    expect(messages(validateDestinations({ ...destinations, academicYear: '2025/27' }, ctx))[0]).toMatch(/“2025\/27” is not an academic year: write it like 2026\/27/);
    expect(messages(validateDestinations({ ...destinations, academicYear: '2027/28' }, ctx))).toEqual([
      'academicYear: Academic year 2027/28 has not started yet: record figures for 2026/27 or earlier.',
    ]);
  });

  it('refuses a group larger than the cohort or with more in a destination than the whole cohort', () => {
    const big = validateDestinations({ ...destinations, groups: [{ group: 'send', ...counts(200, { neet: 9 }) }] }, ctx);
    expect(messages(big)).toEqual(['groups[0].cohort: SEND: the group (200) cannot be larger than the whole cohort (180).']);
    const more = validateDestinations({ ...destinations, groups: [{ group: 'male', ...counts(90, { neet: 10 }) }] }, ctx);
    expect(messages(more)).toEqual(['groups[0].counts: Male: NEET (10) cannot be more than NEET for the whole cohort (9).']);
  });

  it('refuses an EHC plan group larger than SEND, and a group given twice', () => {
    const groups = [
      { group: 'send', ...counts(10, {}) },
      { group: 'ehc-plan', ...counts(12, {}) },
      { group: 'send', ...counts(10, {}) },
    ];
    expect(messages(validateDestinations({ ...destinations, groups }, ctx))).toEqual([
      'groups[2].group: SEND is given twice.',
      'groups: EHC plan (12) cannot be larger than SEND (10): learners with an EHC plan are part of SEND.',
    ]);
  });

  it('needs a programme name for a college programme and a known source', () => {
    const r = validateDestinations({ ...destinations, cohort: { kind: 'programme' }, source: 'ofsted' }, ctx);
    expect(messages(r)).toEqual([
      'cohort.name: Programme is required.',
      'source: Source must be one of: the school’s own collection, the local authority, the DfE’s published destination measures.',
    ]);
  });

  it('accepts a cohort of fewer than five: suppression, not refusal, protects it', () => {
    expect(validateDestinations({ ...destinations, all: counts(3, { neet: 1 }), groups: [] }, ctx).ok).toBe(true);
  });
});

describe('learner perception', () => {
  const fsq = {
    id: 'p1',
    academicYear: '2025/26',
    survey: 'fsq',
    date: '2026-06-19',
    yearGroup: '9',
    responses: 63,
    yearGroupSize: 180,
    areas: [
      { area: 'Self-awareness', percentPositive: 71 },
      { area: 'Career knowledge and decision-making', percentPositive: 58.5 },
    ],
  };

  it('accepts a round of the Future Skills Questionnaire', () => {
    expect(messages(validatePerception(fsq, ctx))).toEqual([]);
  });

  it('refuses a percentage over 100, more responses than learners, a date outside the year and an unknown year group', () => {
    const r = validatePerception(
      { ...fsq, date: '2026-09-02', yearGroup: '14', responses: 190, areas: [{ area: 'Self-awareness', percentPositive: 120 }] },
      ctx,
    );
    expect(messages(r)).toEqual([
      'date: Date 2 September 2026 is not in the academic year 2025/26 (1 September 2025 to 31 August 2026).',
      'yearGroup: Year group must be one of: 7, 8, 9, 10, 11, 12, 13.',
      'responses: Responses (190) cannot be more than the learners in the year group (180).',
      'areas[0].percentPositive: Self-awareness: positive answers must be a percentage from 0 to 100 (it is 120).',
    ]);
  });

  it('needs the name of the school’s own survey, and each area once', () => {
    const r = validatePerception({ ...fsq, survey: 'own' }, ctx);
    expect(messages(r)).toEqual(['surveyName: Survey name is required.']);
    const twice = validatePerception({ ...fsq, areas: [fsq.areas[0], { area: 'Self-awareness', percentPositive: 50 }] }, ctx);
    expect(messages(twice)).toEqual(['areas[1].area: Self-awareness is given twice.']);
  });
});

describe('stakeholder voice and risk of NEET', () => {
  it('accepts a dated summary and refuses a negative number taking part', () => {
    const voice = { id: 'v1', academicYear: '2025/26', group: 'employers', date: '2026-03-12', method: 'Feedback forms', participants: 24, findings: 'Well prepared.' };
    expect(messages(validateVoice(voice, ctx))).toEqual([]);
    expect(messages(validateVoice({ ...voice, participants: -1, group: 'governors' }, ctx))).toEqual([
      'group: Group must be one of: learners, parents and carers, staff, employers, providers.',
      'participants: People who took part must be a whole number of learners, 0 or more (it is -1).',
    ]);
  });

  it('refuses more flagged than in the year group and more supported than flagged', () => {
    const risk = { id: 'n1', academicYear: '2026/27', yearGroup: '10', date: '2026-10-14', yearGroupSize: 178, flagged: 12, supported: 9, support: 'Guidance interviews' };
    expect(messages(validateNeetRisk(risk, ctx))).toEqual([]);
    expect(messages(validateNeetRisk({ ...risk, flagged: 200, supported: 201 }, ctx))).toEqual([
      'flagged: Learners flagged (200) cannot be more than the learners in the year group (178).',
      'supported: Learners supported (201) cannot be more than the learners flagged (200).',
    ]);
    expect(messages(validateNeetRisk({ ...risk, support: '' }, ctx))).toEqual(['support: Support given is required.']);
  });
});

describe('a plan objective’s key metric pointer', () => {
  const objective = { id: 'o1', statement: 'More apprenticeships', outcome: '' };
  const apprenticeships = { kind: 'destinations', cohort: { kind: 'year-11' }, destinations: ['apprenticeship', 'fe-college'] };

  it('travels with the objective through validation', () => {
    const r = validateObjective({ ...objective, keyMetricRef: { measure: apprenticeships, target: 45 } });
    expect(r.ok && r.value.keyMetricRef).toEqual({ measure: apprenticeships, target: 45 });
    expect(validateObjective(objective).ok && 'keyMetricRef' in (validateObjective(objective) as { value: object }).value).toBe(false);
  });

  it('refuses a percentage target over 100, an unknown destination and an empty figure', () => {
    const bad = validateObjective({ ...objective, keyMetricRef: { measure: { ...apprenticeships, destinations: ['army'] }, target: 120 } });
    expect(messages(bad)).toEqual([
      'keyMetricRef.measure.destinations[0]: “army” is not recognised. Destination must be one of: Sixth form, Further education college, Apprenticeship, Employment with training, Employment without training, Higher education, NEET, Not known.',
      'keyMetricRef.target: Target must be a percentage from 0 to 100 (it is 120).',
    ]);
    const over = validateObjective({ ...objective, keyMetricRef: { measure: apprenticeships, target: 120 } });
    expect(messages(over)).toEqual(['keyMetricRef.target: Target must be a percentage from 0 to 100 (it is 120).']);
    expect(messages(validateObjective({ ...objective, keyMetricRef: { measure: { kind: 'voice' } } }))).toEqual([
      'keyMetricRef.measure.group: Group is required.',
    ]);
    expect(validateObjective({ ...objective, keyMetricRef: { measure: { kind: 'responses', yearGroup: '9' }, target: 100 } }).ok).toBe(true);
  });
});
