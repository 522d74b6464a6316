import { describe, expect, it } from 'vitest';
import type { LearningOutcome, StageId } from '../../../../src/domain/catalogue/types';
import type { Finding } from '../../../../src/domain/findings';
import { provisionFindings, type ProvisionFindingOptions } from '../../../../src/domain/provision-map/findings';
import type { Activity, ProvisionMap } from '../../../../src/domain/provision-map/types';
import { act, categories, mapOf, phases, PRE_16, stages, WITH_SIXTH_FORM } from '../fixtures';

const sa1: LearningOutcome = { id: 'SA1', area: 'Self-awareness', text: 'Be aware of their passions.', universal: true };
const options: ProvisionFindingOptions = { universalOutcomes: [sa1], stages, categories, palKeyPhases: phases };

const stageFor = (y: string): StageId =>
  ['7'].includes(y) ? 'introduce-inspire' : ['8', '9', '12'].includes(y) ? 'investigate-explore' : 'apply-demonstrate';

/** A map with nothing to report: every expectation met, for Years 7–11 (and the sixth form when asked). */
function completeMap(years: readonly string[] = PRE_16): ProvisionMap {
  const activities: Activity[] = years.map((y) =>
    act({ id: `emp${y}`, yearGroup: y, stage: stageFor(y), categories: ['employer-encounter'], parentsAndCarers: true, learningOutcomes: ['SA1'] }),
  );
  for (const y of years.filter((y) => y !== '7')) {
    activities.push(act({ id: `pal${y}`, yearGroup: y, stage: stageFor(y), categories: ['provider-access'], provider: `Provider ${y}` }));
  }
  activities.push(act({ id: 'we10', yearGroup: '10', stage: 'apply-demonstrate', categories: ['work-experience'] }));
  activities.push(act({ id: 'pg9', yearGroup: '9', stage: 'investigate-explore', categories: ['personal-guidance'] }));
  activities.push(act({ id: 'pg11', yearGroup: '11', stage: 'apply-demonstrate', categories: ['personal-guidance'] }));
  if (years.includes('12')) {
    activities.push(act({ id: 'we12', yearGroup: '12', stage: 'apply-demonstrate', categories: ['work-experience'] }));
    activities.push(act({ id: 'pg13', yearGroup: '13', stage: 'apply-demonstrate', categories: ['personal-guidance'] }));
  }
  return {
    ...mapOf(activities, years),
    stageOutcomes: { 'introduce-inspire': ['SA1'], 'investigate-explore': [], 'apply-demonstrate': ['SA1'] },
  };
}

const without = (map: ProvisionMap, ...ids: string[]): ProvisionMap => ({
  ...map,
  activities: map.activities.filter((a) => !ids.includes(a.id)),
});
const withActivities = (map: ProvisionMap, ...extra: Activity[]): ProvisionMap => ({ ...map, activities: [...map.activities, ...extra] });
const ofKind = (findings: Finding[], kind: Finding['kind']) => findings.filter((f) => f.kind === kind);

describe('provisionFindings', () => {
  it('finds nothing in a complete map, with or without a sixth form', () => {
    expect(provisionFindings(completeMap(), options)).toEqual([]);
    expect(provisionFindings(completeMap(WITH_SIXTH_FORM), options)).toEqual([]);
  });

  it('names the year with no employer encounter and cites Benchmark 5', () => {
    const [f, ...rest] = ofKind(provisionFindings(without(completeMap(), 'emp9'), options), 'no-employer-encounter');
    expect(rest).toEqual([]);
    expect(f).toEqual({
      kind: 'no-employer-encounter',
      severity: 'gap',
      // The yearly rhythm is a governors' prompt question, quoted and attributed as such, not the benchmark's statement.
      message:
        "Year 9 has no employer encounter yet: the governors' guide asks, for Benchmark 5, what evidence there is " +
        '“that each and every learner has a meaningful encounter with an employer every year from the age of 11”.',
      cells: [{ yearGroup: '9' }],
      activityIds: [],
      source: {
        document: '003',
        section: 'Prompt questions to support conversations with Careers Leaders: Benchmark 5 – Encounters with employers and employees',
      },
    });
  });

  it('says when an employer encounter reaches only a targeted group', () => {
    const map = withActivities(
      without(completeMap(), 'emp9'),
      act({ id: 'mentor', yearGroup: '9', title: 'Mentoring', categories: ['employer-encounter'], parentsAndCarers: true, audience: { kind: 'targeted', group: 'Pupil premium' } }),
    );
    const [f] = ofKind(provisionFindings(map, options), 'no-employer-encounter');
    expect(f!.message).toBe(
      "Year 9 has an employer encounter only for a targeted group (Mentoring): the governors' guide asks, for Benchmark 5, " +
        'what evidence there is “that each and every learner has a meaningful encounter with an employer every year from the age of 11”.',
    );
    expect(f!.activityIds).toEqual(['mentor']);
  });

  it('counts an activity in two categories for both', () => {
    // Year 9's employer encounter removed; one activity that is both a provider encounter and an employer encounter.
    const base = without(completeMap(), 'emp9', 'pal9');
    const both = act({ id: 'both', yearGroup: '9', stage: 'investigate-explore', categories: ['provider-access', 'employer-encounter'], parentsAndCarers: true });
    const findings = provisionFindings(withActivities(base, both), options);
    expect(ofKind(findings, 'no-employer-encounter')).toEqual([]);
    expect(ofKind(findings, 'pal-short')).toEqual([]);
  });

  it('reports a key phase short of provider encounters, citing the provider access legislation', () => {
    const [f, ...rest] = ofKind(provisionFindings(without(completeMap(), 'pal9'), options), 'pal-short');
    expect(rest).toEqual([]);
    expect(f!.message).toBe(
      'The first key phase (Years 8 and 9) has 1 of the 2 provider encounters required: the provider access legislation ' +
        'requires two encounters with providers of technical education and apprenticeships for every pupil in this key phase.',
    );
    expect(f!.cells).toEqual([{ yearGroup: '8' }, { yearGroup: '9' }]);
    expect(f!.activityIds).toEqual(['pal8']);
    expect(f!.source).toEqual({ document: '003', section: 'Statutory Duties and Ofsted Requirements: Compliance with the provider access legislation' });
  });

  it('with no sixth form, never asks anything of Years 12 and 13', () => {
    const findings = provisionFindings(mapOf([act({ yearGroup: '7' })], PRE_16), options);
    const mentions = findings.filter((f) => /Year(s)? 1[23]|12 and 13/.test(f.message) || f.cells.some((c) => c.yearGroup === '12' || c.yearGroup === '13'));
    expect(mentions).toEqual([]);
    expect(ofKind(findings, 'pal-short').map((f) => f.message.slice(0, 30))).toEqual([
      'The first key phase (Years 8 a',
      'The second key phase (Years 10',
    ]);
    expect(ofKind(findings, 'no-personal-guidance-before-transition').map((f) => f.cells)).toEqual([[{ yearGroup: '9' }], [{ yearGroup: '11' }]]);
  });

  it('with a sixth form, expects the third key phase, sixth-form workplace experience and Year 13 guidance', () => {
    const map = without(completeMap(WITH_SIXTH_FORM), 'pal12', 'we12', 'pg13');
    const findings = provisionFindings(map, options);
    expect(ofKind(findings, 'pal-short').map((f) => f.message)).toEqual([
      'The third key phase (Years 12 and 13) has 1 of the 2 provider encounters required: the provider access legislation ' +
        'requires the school to put on two encounters with providers of technical education and apprenticeships in this ' +
        'key phase (attending is optional for students).',
    ]);
    expect(ofKind(findings, 'no-workplace-experience').map((f) => [f.message, f.source.section])).toEqual([
      [
        'Years 12 and 13 have no experience of a workplace yet: Benchmark 6 expects every learner, sixth formers included, to have first-hand experience of the workplace.',
        'Careers Context and The Gatsby Benchmarks: 6. Experiences of workplaces',
      ],
    ]);
    const [guidance] = ofKind(findings, 'no-personal-guidance-before-transition');
    expect(guidance!.message).toBe(
      'Year 13 has no personal guidance yet: Benchmark 8 says guidance meetings “should be available for all pupils whenever ' +
        'significant study or career choices are being made”, and Year 13 pupils are making choices about what to do after Year 13.',
    );
    expect(guidance!.source).toEqual({ document: '003', section: 'Careers Context and The Gatsby Benchmarks: 8. Personal guidance' });
  });

  it('expects workplace experience somewhere in Years 7 to 11, not in every year', () => {
    const findings = provisionFindings(without(completeMap(), 'we10'), options);
    const [f] = ofKind(findings, 'no-workplace-experience');
    expect(f!.message).toBe(
      "Years 7 to 11 have no experience of a workplace yet: Benchmark 6 expects every learner to have first-hand experience of the workplace, and the Government's ambition is two weeks' worth of work experience during key stages 3 and 4.",
    );
    expect(f!.cells).toEqual(PRE_16.map((yearGroup) => ({ yearGroup })));
    expect(f!.source.section).toBe('Prompt questions to support conversations with Careers Leaders: Benchmark 6 – Experiences of workplaces');
  });

  it('finds no further or higher education encounter when there is neither one nor a provider encounter', () => {
    const map = without(completeMap(), 'pal8', 'pal9', 'pal10', 'pal11');
    const [f, ...rest] = ofKind(provisionFindings(map, options), 'no-fe-he-encounter');
    expect(rest).toEqual([]);
    expect(f!.message).toMatch(/^Years 7 to 11 have no encounter with further or higher education yet: Benchmark 7/);
    const fixed = withActivities(map, act({ yearGroup: '11', categories: ['fe-he-encounter'] }));
    expect(ofKind(provisionFindings(fixed, options), 'no-fe-he-encounter')).toEqual([]);
  });

  it('checks personal guidance when Year 9 choose their options, citing the guidance and the example plan', () => {
    const [f, ...rest] = ofKind(provisionFindings(without(completeMap(), 'pg9'), options), 'no-personal-guidance-before-transition');
    expect(rest).toEqual([]);
    expect(f!.message).toBe(
      'Year 9 has no personal guidance yet: Benchmark 8 says guidance meetings “should be available for all pupils whenever ' +
        'significant study or career choices are being made”, and Year 9 pupils are making their key stage 4 options.',
    );
    expect(f!.source.document).toBe('001');
  });

  it('checks personal guidance in Year 11 itself', () => {
    const moved = withActivities(without(completeMap(), 'pg11'), act({ yearGroup: '10', categories: ['personal-guidance'] }));
    expect(ofKind(provisionFindings(moved, options), 'no-personal-guidance-before-transition').map((f) => f.cells)).toEqual([
      [{ yearGroup: '11' }],
    ]);
  });

  it('flags a year group with no parent and carer engagement, citing Benchmark 1', () => {
    const map = completeMap();
    const noParents = { ...map, activities: map.activities.map((a) => (a.yearGroup === '8' ? { ...a, parentsAndCarers: false } : a)) };
    const [f, ...rest] = ofKind(provisionFindings(noParents, options), 'no-parent-carer-engagement');
    expect(rest).toEqual([]);
    expect(f!.message).toBe(
      'Year 8 has no activity that involves parents and carers yet: Benchmark 1 expects the careers programme to set out how parents and carers will be engaged throughout.',
    );
    expect(f!.source).toEqual({ document: '001', section: 'BM1 A Stable careers programme' });
  });

  it('allows five learning outcomes for a stage and flags six', () => {
    const five = ['SA1', 'SA2', 'SA3', 'CK1', 'CK2'];
    const outcomes = [...five, 'CK3'].map((id): LearningOutcome => ({ ...sa1, id }));
    const opts = { ...options, universalOutcomes: outcomes };
    const map = (ids: string[]): ProvisionMap => ({ ...completeMap(), stageOutcomes: { 'introduce-inspire': ids, 'investigate-explore': [], 'apply-demonstrate': [] } });
    expect(ofKind(provisionFindings(map(five), opts), 'too-many-stage-outcomes')).toEqual([]);
    const [f] = ofKind(provisionFindings(map([...five, 'CK3']), opts), 'too-many-stage-outcomes');
    expect(f!.message).toBe(
      'Introduce and Inspire has 6 learning outcomes: the mapping template has room for up to 5 per stage. Choose the ones that matter most.',
    );
    expect(f!.source).toEqual({ document: '000', section: 'Appendix 1: Template to map careers provision' });
  });

  it('finds outcomes not addressed: a gap where promised or the school’s own, advice for an unused universal one', () => {
    const own: LearningOutcome = { id: 'OWN-1', area: 'Self-awareness', text: 'Know our local employers.', universal: false };
    const ck1: LearningOutcome = { ...sa1, id: 'CK1', text: 'Have a broad knowledge.' };
    const base = completeMap();
    const map: ProvisionMap = {
      ...base,
      // SA1 is delivered in Introduce and Inspire and in Apply and Demonstrate, not in Investigate and Explore.
      activities: base.activities.map((a) => (a.stage === 'investigate-explore' ? { ...a, learningOutcomes: [] } : a)),
      stageOutcomes: { 'introduce-inspire': ['SA1'], 'investigate-explore': ['SA1'], 'apply-demonstrate': [] },
    };
    const findings = ofKind(provisionFindings(map, { ...options, universalOutcomes: [sa1, ck1], ownOutcomes: [own] }), 'outcome-not-addressed');
    expect(findings.map((f) => [f.severity, f.message, f.cells])).toEqual([
      [
        'gap',
        'Learning outcome SA1 (“Be aware of their passions.”) is a learning outcome for Investigate and Explore, but no Investigate and Explore activity addresses it yet.',
        [{ stage: 'investigate-explore' }],
      ],
      ['advice', 'Learning outcome CK1 (“Have a broad knowledge.”) is not addressed by any activity yet.', []],
      ['gap', 'Your learning outcome OWN-1 (“Know our local employers.”) is not addressed by any activity yet.', []],
    ]);
    expect(findings[0]!.source.document).toBe('000');
  });

  it('advises when an outcome is addressed at one stage only', () => {
    const map = completeMap();
    const oneStage = { ...map, activities: map.activities.map((a) => ({ ...a, learningOutcomes: a.yearGroup === '7' ? ['SA1'] : [] })) };
    const [f] = ofKind(provisionFindings({ ...oneStage, stageOutcomes: { ...oneStage.stageOutcomes, 'apply-demonstrate': [] } }, options), 'outcome-not-progressing');
    expect(f).toMatchObject({ severity: 'advice', cells: [{ stage: 'introduce-inspire' }], activityIds: ['emp7'] });
    expect(f!.message).toBe(
      'Learning outcome SA1 (“Be aware of their passions.”) is addressed only in Introduce and Inspire. Returning to it at another stage lets learners build on what they learnt before.',
    );
  });

  it('advises when an outcome meets its later stage only in an earlier year group', () => {
    const map = completeMap();
    const backwards = {
      ...map,
      activities: [
        ...map.activities.map((a) => ({ ...a, learningOutcomes: [] })),
        act({ id: 'late', yearGroup: '11', stage: 'introduce-inspire', learningOutcomes: ['SA1'] }),
        act({ id: 'early', yearGroup: '7', stage: 'apply-demonstrate', learningOutcomes: ['SA1'] }),
      ],
    };
    const [f] = ofKind(provisionFindings(backwards, options), 'outcome-not-progressing');
    expect(f).toMatchObject({ severity: 'advice', cells: [{ stage: 'introduce-inspire' }, { stage: 'apply-demonstrate' }] });
    expect(f!.message).toMatch(/addressed in Introduce and Inspire and Apply and Demonstrate, but the later stage comes in an earlier year group/);
  });

  it('an empty map gets one finding per year group and nothing else', () => {
    const findings = provisionFindings(mapOf([]), options);
    expect(findings.map((f) => [f.kind, f.message])).toEqual(PRE_16.map((y) => ['empty-cell', `Year ${y} has no careers activities mapped yet.`]));
    expect(findings[0]!.cells).toHaveLength(3);
  });

  it('notes a stage with no activity at all as advice', () => {
    const map = completeMap();
    const noInvestigate = { ...map, activities: map.activities.map((a) => (a.stage === 'investigate-explore' ? { ...a, stage: 'apply-demonstrate' as const } : a)) };
    const empties = ofKind(provisionFindings(noInvestigate, options), 'empty-cell');
    expect(empties.map((f) => [f.severity, f.message.slice(0, 58)])).toEqual([
      ['advice', 'No activity is mapped at the Investigate and Explore stage'],
    ]);
  });

  it('checks a college map in its final programme year and its own years', () => {
    const years = ['Level 2', 'Level 3'];
    const map = mapOf([act({ yearGroup: 'Level 2', categories: ['employer-encounter'], parentsAndCarers: true })], years);
    const findings = provisionFindings(map, options);
    expect(ofKind(findings, 'no-employer-encounter').map((f) => f.message.slice(0, 42))).toEqual(['Level 3 has no employer encounter yet: the']);
    expect(ofKind(findings, 'no-personal-guidance-before-transition').map((f) => f.cells)).toEqual([[{ yearGroup: 'Level 3' }]]);
    expect(ofKind(findings, 'pal-short')).toEqual([]);
  });
});
