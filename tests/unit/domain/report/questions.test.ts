import { describe, expect, it } from 'vitest';

import { benchmarks, keyStrategicQuestionGroups } from '../../../../src/domain/catalogue';
import { DEMO_AS_OF, demoSchool } from '../../../../src/demo/demo-school';
import type { InstitutionData } from '../../../../src/domain/institution-data';
import { benchmarkQuestionSources, type Bearing, governorsReport, keyQuestionSources } from '../../../../src/domain/report';

const report = governorsReport(demoSchool, DEMO_AS_OF);
const bm = (n: number) => report.benchmarkQuestions.find((b) => b.benchmark === n)!;
const ofKind = <K extends Bearing['kind']>(bearings: readonly Bearing[], kind: K) =>
  bearings.filter((b): b is Extract<Bearing, { kind: K }> => b.kind === kind);

describe('the question sources table', () => {
  it('has one entry per key strategic question, in the catalogue’s groups', () => {
    expect(keyQuestionSources.map((g) => g.length)).toEqual(keyStrategicQuestionGroups.map((g) => g.questions.length));
  });

  it('has one entry per prompt question of every benchmark', () => {
    for (const b of benchmarks) expect(benchmarkQuestionSources[b.number]).toHaveLength(b.promptQuestions.length);
  });

  it('gives every question some data to show beside it', () => {
    const all = [...report.keyQuestions.flatMap((g) => g.questions), ...report.benchmarkQuestions.flatMap((b) => b.questions)];
    expect(all).toHaveLength(14 + 24);
    for (const q of all) expect(q.bearings.length, q.text).toBeGreaterThan(0);
  });
});

describe('the data beside the questions', () => {
  it('Benchmark 5: employer encounters year by year, Year 8 a gap, and row 5.2 as agreed', () => {
    const first = bm(5).questions[0]!.bearings;
    const [years] = ofKind(first, 'years');
    expect(years!.years.find((y) => y.yearGroup === '8')).toMatchObject({ tone: 'gap', activities: [] });
    expect(years!.years.find((y) => y.yearGroup === '7')?.tone).toBe('met');
    expect(years!.findings[0]?.text).toMatch(/^Year 8 has no employer encounter yet/);
    const [rows] = ofKind(first, 'rows');
    expect(rows!.rows).toEqual([expect.objectContaining({ rowId: '5.2', column: 2, change: 'same', previous: 2 })]);
  });

  it('Benchmark 8: personal guidance by year and rows 6.1 and 6.2', () => {
    const first = bm(8).questions[0]!.bearings;
    const [years] = ofKind(first, 'years');
    // Year 10's only guidance is for a targeted group: context, not coverage.
    expect(years!.years.find((y) => y.yearGroup === '10')?.tone).toBe('info');
    expect(years!.findings).toEqual([{ text: 'The provision map shows no gap here.', tone: 'met' }]);
    expect(ofKind(first, 'rows')[0]!.rows.map((r) => r.rowId)).toEqual(['6.1', '6.2']);
  });

  it('Benchmark 7: PAL per key phase, the first phase short', () => {
    const [pal] = ofKind(bm(7).questions[2]!.bearings, 'lines');
    expect(pal!.lines[0]).toEqual({ text: expect.stringMatching(/^First key phase \(Years 8 and 9\): 1 provider encounter/), tone: 'gap' });
  });

  it('Leadership of careers: the Link Governor named from the statutory record', () => {
    const leadership = report.keyQuestions.find((g) => g.heading === 'Leadership of careers')!;
    const [duties] = ofKind(leadership.questions[2]!.bearings, 'lines');
    expect(duties!.lines).toEqual([{ text: 'Recommended: A Link Governor for careers: met – Susan Pemberton.', brief: 'Recommended: A Link Governor for careers: met.', tone: 'met' }]);
  });

  it('Strategic oversight: the plan in numbers, with the overdue action and next steps not yet taken up', () => {
    const oversight = report.keyQuestions.find((g) => g.heading === 'Strategic oversight')!;
    const [plan] = ofKind(oversight.questions[1]!.bearings, 'lines');
    const texts = plan!.lines.map((l) => l.text);
    expect(texts[0]).toBe('4 priorities, 9 SMART objectives and 15 actions (3 completed).');
    expect(texts).toContain('1 action is overdue.');
    expect(texts.some((t) => /agreed next steps from the latest review have no action/.test(t))).toBe(true);
  });

  it('says plainly what Waypoint does not record', () => {
    const oversight = report.keyQuestions.find((g) => g.heading === 'Strategic oversight')!;
    expect(oversight.questions[2]!.bearings[0]).toMatchObject({ title: 'Not recorded in Waypoint' });
  });

  it('uses the colleges model’s own row numbers where they differ', () => {
    const colleges: InstitutionData = {
      ...demoSchool,
      institution: { ...demoSchool.institution, variant: 'colleges' },
      reviews: [],
    };
    const qa = governorsReport(colleges, DEMO_AS_OF).keyQuestions.find((g) => g.heading === 'Quality assurance')!;
    const [rows] = ofKind(qa.questions[2]!.bearings, 'rows');
    expect(rows!.rows.map((r) => r.rowId)).toEqual(['3.6', '4.5']);
  });

  it('keeps people’s text exactly as written (escaping is the view’s job)', () => {
    const payload = '<script>alert(1)</script>';
    const data: InstitutionData = { ...demoSchool, statutory: { ...demoSchool.statutory, linkGovernor: { name: payload } } };
    const leadership = governorsReport(data, DEMO_AS_OF).keyQuestions.find((g) => g.heading === 'Leadership of careers')!;
    expect(ofKind(leadership.questions[2]!.bearings, 'lines')[0]!.lines[0]!.text).toBe(`Recommended: A Link Governor for careers: met – ${payload}.`);
  });
});
