import { describe, expect, it } from 'vitest';
import { academicYearOf } from '../../../src/domain/academic-year';

import {
  actionPeriods,
  activityCategories,
  maxOutcomesPerStage,
  modelRows,
  schoolsModel,
  schoolYearGroups,
  stages,
  terms,
  universalLearningOutcomes,
} from '../../../src/domain/catalogue';
import {
  DEMO_AS_OF,
  DEMO_CAREERS_LEADER_ID,
  DEMO_REVIEW_2025_ID,
  DEMO_REVIEW_2026_ID,
  demoSchool,
} from '../../../src/demo/demo-school';
import { overdueActions } from '../../../src/domain/plan/overdue';
import { ragRollup } from '../../../src/domain/plan/rag';
import { provisionFindings } from '../../../src/domain/provision-map/findings';
import { outcomeCoverage } from '../../../src/domain/provision-map/outcome-coverage';
import { palCompliance } from '../../../src/domain/provision-map/pal';
import { parentCarerEngagement } from '../../../src/domain/provision-map/parent-carer';
import { coverage } from '../../../src/domain/provision-map/coverage';
import { compareReviews } from '../../../src/domain/review/compare';
import { meetingAgenda } from '../../../src/domain/review/agenda';
import { checkReviewTransition } from '../../../src/domain/review/status';
import { statutoryChecklist } from '../../../src/domain/statutory/checklist';
import { strategicEvidence } from '../../../src/domain/statutory/strategic';
import { validateActivity, validateStageOutcomes } from '../../../src/domain/validation/activity';
import { validatePlanAction, validatePriority } from '../../../src/domain/validation/plan';
import { validateAgreedBestFit, validateReflection, validateReview } from '../../../src/domain/validation/review';
import { validateStatutoryRecord } from '../../../src/domain/validation/statutory';

const { institution, provisionMap: map, reviews, plan, statutory } = demoSchool;
const rowIds = modelRows(schoolsModel).map((r) => r.id);
const outcomeIds = universalLearningOutcomes.map((o) => o.id);
const categoryIds = activityCategories.map((c) => c.id);
const stageIds = stages.map((s) => s.id);
const [first, second] = reviews;

describe('demo school: institution', () => {
  it('is an 11–18 school on the schools model', () => {
    expect(institution).toEqual({
      id: 'highfield-academy',
      name: 'Highfield Academy',
      variant: 'schools',
      yearGroups: schoolYearGroups,
    });
    for (const part of [map, plan, statutory]) expect(part.institutionId).toBe(institution.id);
    for (const r of reviews) expect(r.review.institutionId).toBe(institution.id);
    expect(map.yearGroups).toEqual(institution.yearGroups);
  });
});

describe('demo school: provision map', () => {
  it('has a realistic number of activities with unique, readable ids', () => {
    expect(map.activities.length).toBeGreaterThanOrEqual(40);
    expect(map.activities.length).toBeLessThanOrEqual(60);
    const ids = map.activities.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^act-y(7|8|9|10|11|12|13)-[a-z0-9-]+$/);
    for (const a of map.activities) expect(a.id.startsWith(`act-y${a.yearGroup}-`)).toBe(true);
  });

  it('uses only catalogue values', () => {
    for (const a of map.activities) {
      expect(stageIds).toContain(a.stage);
      expect(map.yearGroups).toContain(a.yearGroup);
      expect(terms).toContain(a.term);
      expect(a.categories.length).toBeGreaterThan(0);
      for (const c of a.categories) expect(categoryIds).toContain(c);
      for (const o of a.learningOutcomes) expect(outcomeIds).toContain(o);
      for (const b of a.benchmarks) expect([1, 2, 3, 4, 5, 6, 7, 8]).toContain(b);
      if (a.evidenceLink !== undefined) expect(a.evidenceLink).toMatch(/^https:\/\//);
    }
    for (const s of stageIds) {
      const chosen = map.stageOutcomes[s];
      expect(chosen.length).toBeGreaterThan(0);
      expect(chosen.length).toBeLessThanOrEqual(maxOutcomesPerStage);
      for (const o of chosen) expect(outcomeIds).toContain(o);
    }
  });

  it('has the variety the rules look at', () => {
    expect(map.activities.some((a) => a.categories.length > 1)).toBe(true);
    const groups = new Set(map.activities.flatMap((a) => (a.audience.kind === 'targeted' ? [a.audience.group] : [])));
    expect(groups).toEqual(new Set(['Pupils with SEND', 'Pupil premium', 'Pupils at risk of NEET', 'Pupils not yet planning a post-16 place']));
    expect(map.activities.filter((a) => a.audience.kind === 'universal').length).toBeGreaterThan(45);
    expect(map.activities.filter((a) => a.evidenceLink).length).toBeGreaterThanOrEqual(5);
    for (const a of map.activities.filter((x) => x.categories.includes('provider-access'))) {
      expect(a.provider, a.id).toBeTruthy();
    }
    for (const cat of categoryIds) expect(map.activities.some((a) => a.categories.includes(cat)), cat).toBe(true);
    expect(new Set(map.activities.map((a) => a.term))).toEqual(new Set(terms));
    expect(map.activities.some((a) => a.yearGroup === '10' && a.categories.includes('work-experience'))).toBe(true);
    expect(map.activities.some((a) => a.yearGroup === '12' && a.categories.includes('work-experience'))).toBe(true);
    expect(map.activities.some((a) => a.yearGroup === '11' && a.categories.includes('personal-guidance'))).toBe(true);
  });

  it('passes the activity and stage outcome validators', () => {
    for (const a of map.activities) {
      const result = validateActivity(a, { yearGroups: institution.yearGroups });
      expect(result.ok ? [] : result.errors, a.id).toEqual([]);
      if (result.ok) expect(result.value).toEqual(a);
    }
    const outcomes = validateStageOutcomes(map.stageOutcomes, { yearGroups: institution.yearGroups });
    expect(outcomes.ok ? [] : outcomes.errors).toEqual([]);
  });

  describe('planted gaps', () => {
    it('gives exactly the findings it was built to give', () => {
      const found = provisionFindings(map).map((f) => [f.kind, f.cells.map((c) => c.yearGroup ?? '').join(',')]);
      expect(found).toEqual([
        ['pal-short', '8,9'],
        ['no-employer-encounter', '8'],
        ['no-parent-carer-engagement', '7'],
        ['outcome-not-addressed', expect.any(String)],
        ['outcome-not-progressing', expect.any(String)],
        ['outcome-not-addressed', expect.any(String)],
      ]);
    });

    it('Year 8 has no employer encounter and no further or higher education encounter', () => {
      const y8 = map.activities.filter((a) => a.yearGroup === '8');
      expect(y8.length).toBeGreaterThan(0);
      expect(y8.some((a) => a.categories.includes('employer-encounter') || a.benchmarks.includes(5))).toBe(false);
      expect(y8.some((a) => a.categories.includes('fe-he-encounter') || a.benchmarks.includes(7))).toBe(false);
      for (const y of ['7', '9', '10', '11', '12', '13']) {
        expect(map.activities.some((a) => a.yearGroup === y && a.categories.includes('employer-encounter')), y).toBe(true);
      }
    });

    it('the first PAL key phase has one provider encounter; the others have three', () => {
      const pal = palCompliance(map).map((c) => [c.phase, c.status, c.encounters, c.activityIds]);
      expect(pal).toEqual([
        ['first', 'short', 1, ['act-y9-meet-the-provider']],
        ['second', 'met', 3, ['act-y10-careers-fair', 'act-y10-apprenticeship-talk', 'act-y11-provider-assemblies']],
        [
          'third',
          'met',
          3,
          ['act-y12-degree-apprenticeship-talk', 'act-y12-ucas-apprenticeship-fair', 'act-y13-apprenticeship-applications'],
        ],
      ]);
    });

    it('SA3 and CK5 are never addressed; CK3 does not progress; every other outcome progresses', () => {
      const cov = outcomeCoverage(map);
      expect(cov.filter((c) => !c.addressed).map((c) => c.outcome.id)).toEqual(['SA3', 'CK5']);
      expect(cov.filter((c) => c.addressed && !c.progresses).map((c) => [c.outcome.id, c.stages])).toEqual([
        ['CK3', ['introduce-inspire']],
      ]);
      expect(map.stageOutcomes['apply-demonstrate']).toContain('SA3');
    });

    it('Year 7 is the only year with no parent and carer engagement', () => {
      const notEngaged = parentCarerEngagement(map).filter((y) => !y.engaged).map((y) => y.yearGroup);
      expect(notEngaged).toEqual(['7']);
    });

    it('has four empty cells, as a progressive map would', () => {
      const empty = coverage(map, stages).emptyCells.map((c) => `${c.stage}:${c.yearGroup}`);
      expect(empty.sort()).toEqual(
        ['apply-demonstrate:7', 'apply-demonstrate:8', 'introduce-inspire:11', 'introduce-inspire:13'].sort(),
      );
    });
  });
});

describe('demo school: reviews', () => {
  it('has exactly two agreed reviews of the schools model a year apart', () => {
    expect(reviews).toHaveLength(2);
    expect(first!.review).toMatchObject({
      id: DEMO_REVIEW_2025_ID,
      variant: 'schools',
      date: '2025-11-12',
      status: 'agreed',
      title: 'Internal leadership review, autumn 2025',
    });
    expect(second!.review).toMatchObject({
      id: DEMO_REVIEW_2026_ID,
      variant: 'schools',
      date: '2026-11-11',
      status: 'agreed',
      title: 'Internal leadership review, autumn 2026',
    });
  });

  it.each([0, 1])('review %i: every participant reflected on every row, and every row is agreed', (i) => {
    const { review, reflections, bestFits } = reviews[i]!;
    const ids = review.participants.map((p) => p.id);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    expect(ids.length).toBeLessThanOrEqual(8);
    expect(new Set(ids).size).toBe(ids.length);
    expect(review.participants.find((p) => p.id === DEMO_CAREERS_LEADER_ID)?.role).toBe('Careers Leader');
    for (const p of review.participants) expect(p.id).toMatch(/^[a-z.]+@contoso\.onmicrosoft\.com$/);

    expect(reflections).toHaveLength(ids.length * 32);
    const keys = new Set(reflections.map((r) => `${r.participantId}|${r.rowId}`));
    expect(keys.size).toBe(reflections.length);
    for (const r of reflections) {
      expect(r.reviewId).toBe(review.id);
      expect(ids).toContain(r.participantId);
      expect(rowIds).toContain(r.rowId);
    }
    expect(reflections.some((r) => r.choice === 'not-sure')).toBe(true);
    expect(reflections.filter((r) => r.note !== '').length).toBeGreaterThan(5);

    expect(bestFits.map((b) => b.rowId)).toEqual(rowIds);
    for (const b of bestFits) {
      expect(b.reviewId).toBe(review.id);
      expect(b.evidence.length).toBeGreaterThan(0);
      expect(b.nextSteps.length).toBeGreaterThan(0);
      expect(b.agreedBy).toEqual(ids);
      expect(b.agreedAt.startsWith(review.date)).toBe(true);
    }
    expect(bestFits.some((b) => b.evidenceLinks.length > 0)).toBe(true);
    expect(checkReviewTransition({ ...review, status: 'meeting' }, 'agreed', schoolsModel, bestFits)).toEqual({
      allowed: true,
    });
  });

  it.each([0, 1])('review %i passes the review validators', (i) => {
    const { review, reflections, bestFits } = reviews[i]!;
    const participantIds = review.participants.map((p) => p.id);
    const errors = (r: { ok: boolean; errors?: unknown }): unknown => (r.ok ? [] : r.errors);
    expect(errors(validateReview(review))).toEqual([]);
    for (const r of reflections) expect(errors(validateReflection(r, { rowIds, participantIds }))).toEqual([]);
    for (const b of bestFits) expect(errors(validateAgreedBestFit(b, { rowIds }))).toEqual([]);
  });

  it('shows realistic movement between the reviews', () => {
    const changes = compareReviews(schoolsModel, second!.bestFits, first!.bestFits).rows;
    const by = (change: string): string[] => changes.filter((r) => r.change === change).map((r) => r.row.id);
    expect(by('up')).toEqual(['1.2', '1.3', '1.5', '2.1', '3.8', '4.1', '5.3']);
    expect(by('down')).toEqual(['1.7', '2.5']);
    expect(by('same')).toHaveLength(23);
  });

  it('puts the widest disagreements first on the agenda', () => {
    const top = (i: number, n: number): string[] =>
      meetingAgenda(schoolsModel, reviews[i]!.reflections, reviews[i]!.review.participants, 'disagreement')
        .slice(0, n)
        .map((a) => a.row.id)
        .sort();
    expect(top(0, 2)).toEqual(['2.3', '4.2']);
    expect(top(1, 3)).toEqual(['1.5', '2.2', '5.2']);
  });

  it('the Link Governor joined the panel for the second review', () => {
    const roles = (i: number): (string | undefined)[] => reviews[i]!.review.participants.map((p) => p.role);
    expect(roles(0)).not.toContain('Link Governor');
    expect(roles(1)).toContain('Link Governor');
  });
});

describe('demo school: strategic careers plan', () => {
  it('has visions and three to four priorities with SMART objectives', () => {
    expect(plan.institutionVision).toContain('Highfield Academy');
    expect(plan.careersVision).toContain('Make informed and aspirational decisions');
    expect(plan.priorities.length).toBeGreaterThanOrEqual(3);
    expect(plan.priorities.length).toBeLessThanOrEqual(4);
    for (const p of plan.priorities) {
      expect(p.objectives.length).toBeGreaterThan(0);
      for (const o of p.objectives) {
        expect(o.outcome.length).toBeGreaterThan(0);
        expect(o.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      for (const r of p.maturityRows) expect(rowIds).toContain(r);
    }
  });

  it('links every action to its priority, objective and maturity rows', () => {
    const ids = plan.actions.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of plan.actions) {
      const priority = plan.priorities.find((p) => p.id === a.priorityId);
      expect(priority, a.id).toBeDefined();
      if (a.objectiveId !== undefined) expect(priority!.objectives.map((o) => o.id)).toContain(a.objectiveId);
      for (const r of a.maturityRows) expect(rowIds).toContain(r);
      expect(actionPeriods).toContain(a.period);
    }
    expect(new Set(plan.actions.map((a) => a.period))).toEqual(new Set(actionPeriods));
    expect(plan.actions.filter((a) => a.maturityRows.length > 0).length).toBeGreaterThan(5);
  });

  it('has every RAG state, completed work and exactly one overdue action on 24 November 2026', () => {
    expect(DEMO_AS_OF).toBe('2026-11-24');
    expect(new Set(plan.actions.map((a) => a.rag))).toEqual(new Set(['red', 'amber', 'green']));
    expect(plan.actions.filter((a) => a.completed).map((a) => a.id)).toEqual([
      'act-careers-leader-training-place',
      'act-link-governor-meetings',
      'act-careers-day-sixth-form',
    ]);
    const overdue = overdueActions(plan, DEMO_AS_OF);
    expect(overdue.map((o) => [o.action.id, o.due, o.daysOverdue])).toEqual([
      ['act-publish-impact-statement', '2026-11-13', 11],
    ]);
    expect(ragRollup(plan).priorities.map((p) => p.worst)).toEqual(['green', 'amber', 'red', 'red']);
  });

  it('has one action made from an agreed row of the latest review', () => {
    const made = plan.actions.filter((a) => a.fromReview);
    expect(made.map((a) => a.id)).toEqual(['act-request-enterprise-adviser']);
    const link = made[0]!.fromReview!;
    expect(link).toEqual({ reviewId: DEMO_REVIEW_2026_ID, rowId: '1.7' });
    const fit = second!.bestFits.find((b) => b.rowId === link.rowId)!;
    expect(made[0]!.action).toBe(fit.nextSteps);
    expect(made[0]!.maturityRows).toContain('1.7');
  });

  it('passes the plan validators', () => {
    const priorityIds = plan.priorities.map((p) => p.id);
    for (const p of plan.priorities) {
      const r = validatePriority(p, { rowIds });
      expect(r.ok ? [] : r.errors, p.id).toEqual([]);
    }
    for (const a of plan.actions) {
      const r = validatePlanAction(a, { rowIds, priorityIds });
      expect(r.ok ? [] : r.errors, a.id).toEqual([]);
      if (r.ok) expect(r.value).toEqual(a);
    }
  });
});

describe('demo school: statutory record', () => {
  it('is partly met: impact measurement and the policy statement premises not published, first PAL phase short', () => {
    expect(statutory.careersLeader).toEqual({
      name: 'Hannah Whitfield',
      email: DEMO_CAREERS_LEADER_ID,
      training: 'in-training',
    });
    expect(statutory.publishedInformation.impactMeasurement).toBe(false);
    const strategic = strategicEvidence(demoSchool.plan, demoSchool.reviews.map((r) => r.review));
    const checks = Object.fromEntries(
      statutoryChecklist({ record: statutory, map, strategic, today: DEMO_AS_OF }).map((c) => [c.duty, c.status]),
    );
    expect(checks).toEqual({
      'careers-leader': 'met',
      'provider-access': 'partly-met',
      'published-information': 'partly-met',
      'impartial-guidance': 'met',
      'strategic-approach': 'met',
      'explicit-backing': 'met',
      'link-governor': 'met',
      destinations: 'met',
    });
  });

  it('passes the statutory record validator', () => {
    const r = validateStatutoryRecord(statutory);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (r.ok) expect(r.value).toEqual(statutory);
  });
});

describe('demo school: three academic years', () => {
  const years = [...demoSchool.otherYears!, { academicYear: demoSchool.academicYear!, provisionMap: demoSchool.provisionMap, plan: demoSchool.plan, statutory: demoSchool.statutory }];

  it('holds 2024/25, 2025/26 and 2026/27, and the demo is set in the last', () => {
    expect(years.map((y) => y.academicYear)).toEqual(['2024/25', '2025/26', '2026/27']);
    expect(academicYearOf(DEMO_AS_OF)).toBe(demoSchool.academicYear);
  });

  it('puts every activity, priority, action and record in the year that holds it, with keys unique across years', () => {
    for (const y of years) {
      expect(y.provisionMap.academicYear).toBe(y.academicYear);
      expect(y.plan.academicYear).toBe(y.academicYear);
      expect(y.statutory.academicYear).toBe(y.academicYear);
      for (const item of [...y.provisionMap.activities, ...y.plan.priorities, ...y.plan.actions]) expect(item.academicYear, item.id).toBe(y.academicYear);
    }
    const ids = years.flatMap((y) => [...y.provisionMap.activities, ...y.plan.priorities, ...y.plan.actions].map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("earlier years pass the validators, and every action's priority is in its own year", () => {
    const errors = (r: { ok: boolean; errors?: unknown }): unknown => (r.ok ? [] : r.errors);
    for (const y of years.slice(0, 2)) {
      for (const a of y.provisionMap.activities) expect(errors(validateActivity(a, { yearGroups: demoSchool.institution.yearGroups })), a.id).toEqual([]);
      for (const p of y.plan.priorities) expect(errors(validatePriority(p)), p.id).toEqual([]);
      const priorityIds = y.plan.priorities.map((p) => p.id);
      for (const a of y.plan.actions) expect(errors(validatePlanAction(a, { priorityIds })), a.id).toEqual([]);
      expect(errors(validateStatutoryRecord(y.statutory))).toEqual([]);
    }
  });

  it('the action carried into 2026/27 was open at the end of 2025/26', () => {
    const carried = demoSchool.plan.actions.find((a) => a.carriedFrom)!;
    const source = demoSchool.otherYears![1]!.plan.actions.find((a) => a.id === carried.carriedFrom)!;
    expect(source.completed).toBe(false);
    expect(carried.id).toBe('act-publish-impact-statement');
  });
});
