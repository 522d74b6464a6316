import { describe, expect, it } from 'vitest';
import type { LearningOutcome } from '../../../../src/domain/catalogue/types';
import { benchmarkEvidence } from '../../../../src/domain/provision-map/benchmark-evidence';
import { coverage } from '../../../../src/domain/provision-map/coverage';
import { outcomeCoverage } from '../../../../src/domain/provision-map/outcome-coverage';
import { palCompliance } from '../../../../src/domain/provision-map/pal';
import { parentCarerEngagement } from '../../../../src/domain/provision-map/parent-carer';
import { act, categories, mapOf, phases, PRE_16, stages, WITH_SIXTH_FORM } from '../fixtures';

const outcome = (id: string, universal = true): LearningOutcome => ({ id, area: 'Self-awareness', text: `Outcome ${id}`, universal });

describe('coverage', () => {
  it('builds the stage × year grid with counts, ids and empty cells', () => {
    const map = mapOf([
      act({ id: 'x', stage: 'introduce-inspire', yearGroup: '7' }),
      act({ id: 'y', stage: 'introduce-inspire', yearGroup: '7' }),
      act({ id: 'z', stage: 'apply-demonstrate', yearGroup: '11' }),
    ]);
    const c = coverage(map, stages);
    expect(c.stages.map((s) => s.cells.map((cell) => cell.count))).toEqual([
      [2, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 1],
    ]);
    expect(c.stages[0]!.cells[0]!.activityIds).toEqual(['x', 'y']);
    expect(c.emptyCells).toHaveLength(13);
    expect(c.emptyCells).toContainEqual({ stage: 'investigate-explore', yearGroup: '9', count: 0, activityIds: [] });
    expect(c.unplacedActivityIds).toEqual([]);
  });

  it('keeps activities placed in a year group the map does not list', () => {
    const c = coverage(mapOf([act({ id: 'sixth', yearGroup: '12' })]), stages);
    expect(c.unplacedActivityIds).toEqual(['sixth']);
    expect(c.emptyCells).toHaveLength(15);
  });

  it('an empty map is all empty cells', () => {
    expect(coverage(mapOf([]), stages).emptyCells).toHaveLength(15);
  });
});

describe('outcomeCoverage', () => {
  it('progresses when addressed at an earlier stage and again at a later one', () => {
    const map = mapOf([
      act({ stage: 'introduce-inspire', yearGroup: '7', learningOutcomes: ['SA1'] }),
      act({ stage: 'apply-demonstrate', yearGroup: '10', learningOutcomes: ['SA1', 'CK1'] }),
      act({ stage: 'investigate-explore', yearGroup: '8', learningOutcomes: ['CK1'] }),
      act({ stage: 'investigate-explore', yearGroup: '9', learningOutcomes: ['RW1'] }),
      act({ stage: 'investigate-explore', yearGroup: '10', learningOutcomes: ['RW1'] }),
    ]);
    const byId = Object.fromEntries(
      outcomeCoverage(map, [outcome('SA1'), outcome('CK1'), outcome('RW1'), outcome('OWN-1', false)], stages).map((c) => [c.outcome.id, c]),
    );
    expect(byId.SA1).toMatchObject({ stages: ['introduce-inspire', 'apply-demonstrate'], yearGroups: ['7', '10'], progresses: true });
    // Stages are reported in stage order, whatever the activity order.
    expect(byId.CK1!.stages).toEqual(['investigate-explore', 'apply-demonstrate']);
    // Two year groups but one stage: addressed, not progressing.
    expect(byId.RW1).toMatchObject({ addressed: true, progresses: false, yearGroups: ['9', '10'] });
    expect(byId['OWN-1']).toMatchObject({ addressed: false, progresses: false, stages: [], activityIds: [] });
  });

  it('does not count stages that run backwards as learners get older (Apply in Year 7, Inspire in Year 11)', () => {
    const backwards = mapOf([
      act({ stage: 'apply-demonstrate', yearGroup: '7', learningOutcomes: ['SA1'] }),
      act({ stage: 'introduce-inspire', yearGroup: '11', learningOutcomes: ['SA1'] }),
    ]);
    const [c] = outcomeCoverage(backwards, [outcome('SA1')], stages);
    expect(c).toMatchObject({ stages: ['introduce-inspire', 'apply-demonstrate'], progresses: false });
    // Inspire then Apply within one year group still builds.
    const sameYear = mapOf([
      act({ stage: 'introduce-inspire', yearGroup: '9', learningOutcomes: ['SA1'] }),
      act({ stage: 'apply-demonstrate', yearGroup: '9', learningOutcomes: ['SA1'] }),
    ]);
    expect(outcomeCoverage(sameYear, [outcome('SA1')], stages)[0]!.progresses).toBe(true);
  });

  it('reports the stages an outcome is chosen for separately from where it is delivered', () => {
    const map = { ...mapOf([]), stageOutcomes: { 'introduce-inspire': ['SA1'], 'investigate-explore': [], 'apply-demonstrate': ['SA1'] } };
    const [c] = outcomeCoverage(map, [outcome('SA1')], stages);
    expect(c).toMatchObject({ chosenForStages: ['introduce-inspire', 'apply-demonstrate'], addressed: false });
  });
});

describe('benchmarkEvidence', () => {
  it('counts an activity in two categories for both benchmarks, plus any it records itself', () => {
    const map = mapOf([
      act({ id: 'both', yearGroup: '10', categories: ['employer-encounter', 'work-experience'] }),
      act({ id: 'own', yearGroup: '10', categories: ['assembly'], benchmarks: [2] }),
    ]);
    const y10 = benchmarkEvidence(map, categories).find((y) => y.yearGroup === '10')!;
    expect(y10.evidence[5]).toEqual(['both']);
    expect(y10.evidence[6]).toEqual(['both']);
    expect(y10.evidence[2]).toEqual(['own']);
    expect(y10.evidenced).toEqual([2, 5, 6]);
    expect(y10.missing).toEqual([1, 3, 4, 7, 8]);
    expect(benchmarkEvidence(map, categories).find((y) => y.yearGroup === '7')!.evidenced).toEqual([]);
  });
});

describe('palCompliance', () => {
  const pal = (over: Parameters<typeof act>[0]) => act({ categories: ['provider-access'], ...over });

  it('meets a key phase with exactly two encounters across its year groups', () => {
    const map = mapOf([pal({ yearGroup: '8', provider: 'North College' }), pal({ yearGroup: '9', provider: 'Apprentice Co' })]);
    const [first, second, third] = palCompliance(map, phases);
    expect(first).toMatchObject({ status: 'met', encounters: 2, shortBy: 0, providers: ['North College', 'Apprentice Co'] });
    expect(second).toMatchObject({ status: 'short', encounters: 0, shortBy: 2 });
    expect(third).toMatchObject({ status: 'not-applicable', yearGroups: [] });
  });

  it('is short with one encounter', () => {
    const [first] = palCompliance(mapOf([pal({ yearGroup: '9', provider: 'North College' })]), phases);
    expect(first).toMatchObject({ status: 'short', encounters: 1, shortBy: 1 });
  });

  it('counts the same event recorded twice once, but a return visit in another term again', () => {
    const twice = mapOf([
      pal({ yearGroup: '10', stage: 'introduce-inspire', provider: 'North College', title: 'T-levels talk' }),
      pal({ yearGroup: '10', stage: 'investigate-explore', provider: ' north college ', title: 't-levels  talk' }),
    ]);
    expect(palCompliance(twice, phases)[1]).toMatchObject({ status: 'short', encounters: 1 });
    const returned = mapOf([
      pal({ yearGroup: '10', provider: 'North College', title: 'T-levels talk', term: 'Autumn' }),
      pal({ yearGroup: '10', provider: 'North College', title: 'T-levels talk', term: 'Spring' }),
    ]);
    expect(palCompliance(returned, phases)[1]).toMatchObject({ status: 'met', encounters: 2, providers: ['North College'] });
  });

  it('does not count encounters for a targeted group only', () => {
    const map = mapOf([
      pal({ id: 'all', yearGroup: '8', provider: 'A' }),
      pal({ id: 'some', yearGroup: '8', provider: 'B', audience: { kind: 'targeted', group: 'SEND' } }),
    ]);
    expect(palCompliance(map, phases)[0]).toMatchObject({ status: 'short', encounters: 1, targetedActivityIds: ['some'] });
  });

  it('counts encounters with no provider named, and lists them', () => {
    const map = mapOf([pal({ id: 'u1', yearGroup: '8' }), pal({ id: 'u2', yearGroup: '8' })]);
    expect(palCompliance(map, phases)[0]).toMatchObject({ status: 'met', unnamedProviderActivityIds: ['u1', 'u2'], providers: [] });
  });

  it('ignores provider encounters outside the key phase and activities of other categories', () => {
    const map = mapOf([pal({ yearGroup: '7' }), pal({ yearGroup: '7' }), act({ yearGroup: '8', categories: ['fe-he-encounter'] })]);
    expect(palCompliance(map, phases)[0]).toMatchObject({ status: 'short', encounters: 0 });
  });

  it('counts an activity in two categories as a provider encounter', () => {
    const map = mapOf([
      act({ yearGroup: '10', categories: ['employer-encounter', 'provider-access'] }),
      act({ yearGroup: '11', categories: ['provider-access', 'assembly'] }),
    ]);
    expect(palCompliance(map, phases)[1]!.status).toBe('met');
  });

  it('applies the third key phase with a sixth form', () => {
    const map = mapOf([pal({ yearGroup: '12' })], WITH_SIXTH_FORM);
    expect(palCompliance(map, phases)[2]).toMatchObject({ status: 'short', encounters: 1, yearGroups: ['12', '13'], mandatoryToAttend: false });
  });

  it("finds no key phase applicable to a college's own programme years", () => {
    const map = mapOf([], ['Level 2', 'Level 3 Year 1']);
    expect(palCompliance(map, phases).map((c) => c.status)).toEqual(['not-applicable', 'not-applicable', 'not-applicable']);
  });

  it('uses the catalogue key phases by default', () => {
    expect(palCompliance(mapOf([], PRE_16)).map((c) => [c.phase, c.status])).toEqual([
      ['first', 'short'],
      ['second', 'short'],
      ['third', 'not-applicable'],
    ]);
  });
});

describe('parentCarerEngagement', () => {
  it('marks each year group engaged when parents and carers take part in an activity', () => {
    const map = mapOf([act({ id: 'eve', yearGroup: '9', parentsAndCarers: true }), act({ yearGroup: '10' })]);
    expect(parentCarerEngagement(map).map((y) => [y.yearGroup, y.engaged, y.activityIds])).toEqual([
      ['7', false, []],
      ['8', false, []],
      ['9', true, ['eve']],
      ['10', false, []],
      ['11', false, []],
    ]);
  });
});
