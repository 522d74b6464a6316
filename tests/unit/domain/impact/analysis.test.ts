import { describe, expect, it } from 'vitest';

import { demoImpact } from '../../../../src/demo/demo-impact';
import { DEMO_AS_OF, demoPlan, demoYearGroups } from '../../../../src/demo/demo-school';
import { findRow, maturityModel } from '../../../../src/domain/catalogue';
import {
  type FindingOptions,
  impactFindings,
  impactReport,
  impactTrends,
  type KeyMetricRef,
  measureTrend,
  metricProgress,
  planMetrics,
  rowEvidence,
} from '../../../../src/domain/impact';
import type { ImpactData } from '../../../../src/domain/impact/types';
import { validateDestinations, validateNeetRisk, validatePerception, validateVoice } from '../../../../src/domain/impact/validate';
import { counts, empty, YEARS, y11 } from './fixtures';

const neetY11: KeyMetricRef['measure'] = { kind: 'destinations', cohort: { kind: 'year-11' }, destinations: ['neet'] };
const options: FindingOptions = { today: '2026-11-24', audience: 'team', yearGroups: YEARS };
const messages = (data: ImpactData, o: Partial<FindingOptions> = {}) =>
  impactFindings(data, { ...options, ...o }).map((f) => f.message);

const twoYears: ImpactData = {
  ...empty,
  destinations: [y11('2024/25', counts(150, { neet: 3, apprenticeship: 12 })), y11('2025/26', counts(160, { neet: 8, apprenticeship: 10 }))],
};

describe('trends and targets', () => {
  it('follows a measure over the years, oldest first, against the school’s target', () => {
    const t = measureTrend(twoYears, neetY11, { audience: 'team', targets: [{ measure: neetY11, target: 3 }] });
    expect(t.points.map((p) => [p.academicYear, p.figure.text])).toEqual([['2024/25', '2%'], ['2025/26', '5%']]);
    expect(t).toMatchObject({ name: 'NEET among Year 11 leavers', unit: 'percent', higherIsBetter: false, target: 3, targetText: '3%', status: 'not-met' });
    const met = measureTrend(twoYears, neetY11, { audience: 'team', targets: [{ measure: neetY11, target: 6 }] });
    expect(met.status).toBe('met');
  });

  it('withholds small figures from governors, and does not judge a withheld figure against its target', () => {
    const t = measureTrend(twoYears, neetY11, { audience: 'governors', targets: [{ measure: neetY11, target: 3 }] });
    expect(t.points.map((p) => p.figure)).toEqual([
      { value: null, text: 'withheld', suppressed: true },
      { value: 5, text: '5%', suppressed: false },
    ]);
    const small = measureTrend({ ...twoYears, destinations: [twoYears.destinations[0]!] }, neetY11, { audience: 'governors', targets: [{ measure: neetY11, target: 3 }] });
    expect(small.status).toBe('withheld');
  });

  it('prefers the school’s own collection when two sources give the same year, and keeps sustained figures apart', () => {
    const data: ImpactData = {
      ...empty,
      destinations: [
        y11('2025/26', counts(160, { neet: 20 }), { id: 'la', source: 'local-authority' }),
        y11('2025/26', counts(160, { neet: 8 })),
        y11('2025/26', counts(158, { neet: 30 }), { id: 'dfe', source: 'dfe', sustained: true }),
      ],
    };
    expect(measureTrend(data, neetY11, { audience: 'team' }).points[0]?.figure.text).toBe('5%');
    expect(measureTrend(data, { ...neetY11, sustained: true }, { audience: 'team' }).points[0]?.from).toBe('the DfE’s published destination measures');
  });

  it('includes the standard measures and every measure with a target, each once', () => {
    const keys = impactTrends(twoYears, { audience: 'team', targets: [{ measure: neetY11, target: 3 }] }).map((t) => t.name);
    expect(keys).toEqual(['NEET among Year 11 leavers', 'Not known among Year 11 leavers', 'Apprenticeship among Year 11 leavers']);
  });

  it('shows a plan objective’s key metric and its progress', () => {
    const ref: KeyMetricRef = { measure: { kind: 'destinations', cohort: { kind: 'year-11' }, destinations: ['apprenticeship'] }, target: 8 };
    expect(metricProgress(twoYears, ref, 'team')).toMatchObject({ status: 'not-met', summary: '6% in 2025/26 (8% in 2024/25); target 8%' });
    expect(metricProgress(twoYears, { ...ref, target: 6 }, 'team').status).toBe('met');
    expect(metricProgress(empty, ref, 'team')).toMatchObject({ status: 'no-data', summary: 'No figures recorded yet; target 8%' });
  });
});

describe('findings in plain words', () => {
  it('says how a figure moved between the two latest years, as a gap when it moved the wrong way', () => {
    const found = impactFindings(twoYears, options);
    expect(found.find((f) => f.kind === 'measure-worse')?.message).toBe('NEET among Year 11 leavers rose from 2% in 2024/25 to 5% in 2025/26.');
    expect(found.find((f) => f.message.startsWith('Apprenticeship'))).toMatchObject({ kind: 'measure-worse', message: 'Apprenticeship among Year 11 leavers fell from 8% in 2024/25 to 6% in 2025/26.' });
    expect(found.find((f) => f.message.startsWith('NEET'))?.rowIds).toEqual(['2.4']);
  });

  it('keeps small numbers out of governors’ findings', () => {
    expect(messages(twoYears, { audience: 'governors' })).toContain(
      'NEET among Year 11 leavers rose between 2024/25 and 2025/26; the figures are not shown because they involve fewer than 5 learners.',
    );
  });

  it('ignores changes too small to matter', () => {
    const flat: ImpactData = { ...empty, destinations: [y11('2024/25', counts(201, { neet: 10 })), y11('2025/26', counts(201, { neet: 11 }))] };
    expect(messages(flat).filter((m) => m.startsWith('NEET'))).toEqual([]);
  });

  it('names stakeholder groups not heard in the last 12 months', () => {
    const voice = (group: 'employers' | 'staff', date: string) => ({ id: `${group}${date}`, academicYear: '2025/26', group, date, method: 'Survey', participants: 20, findings: '' });
    const found = messages({ ...empty, voice: [voice('employers', '2025-11-01'), voice('staff', '2026-01-10')] });
    expect(found).toContain('No stakeholder voice from employers in the last 12 months (the latest is from 1 November 2025).');
    expect(found).toContain('No stakeholder voice from parents and carers has been recorded.');
    expect(found.some((m) => m.includes('from staff'))).toBe(false);
  });

  it('asks for last year’s destinations once November has come, Year 13 only with a sixth form', () => {
    expect(messages(empty)).toEqual(expect.arrayContaining(['No destinations recorded yet for Year 11 leavers of 2025/26.', 'No destinations recorded yet for Year 13 leavers of 2025/26.']));
    expect(messages(empty, { yearGroups: ['7', '8', '9', '10', '11'] }).filter((m) => m.includes('Year 13'))).toEqual([]);
    expect(messages(empty, { today: '2026-10-20' }).filter((m) => m.startsWith('No destinations'))).toEqual([]);
  });

  it('compares a group’s NEET share with the whole cohort’s, and flags flagged learners without support', () => {
    const r = y11('2025/26', counts(180, { neet: 9 }), { groups: [{ group: 'disadvantaged', ...counts(50, { neet: 6 }) }] });
    const risk = { id: 'n', academicYear: '2026/27', yearGroup: '10', date: '2026-10-13', yearGroupSize: 178, flagged: 12, supported: 9, support: 'Interviews' };
    const data = { ...empty, destinations: [r], neetRisk: [risk] };
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        'NEET among disadvantaged Year 11 leavers was 12% in 2025/26, against 5% for all Year 11 leavers.',
        '3 of 12 Year 10 learners flagged at risk of NEET have no support recorded (as at 13 October 2026).',
        'No sustained destinations recorded: row 2.4 looks for intended, actual, sustained and publicly available longer-term destinations data.',
      ]),
    );
    expect(messages(data, { audience: 'governors' })).toContain(
      'Some Year 10 learners flagged at risk of NEET have no support recorded (as at 13 October 2026); the figures are not shown because they involve fewer than 5 learners.',
    );
  });

  it('lists gaps before advice and good news', () => {
    const severities = impactFindings(demoImpact, { ...options, targets: planMetrics(demoPlan).map((m) => m.ref) }).map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['gap', 'advice', 'info'].indexOf(a) - ['gap', 'advice', 'info'].indexOf(b)));
  });
});

describe('the demo school', () => {
  const ctx = { yearGroups: demoYearGroups, currentYear: '2026/27' };
  const targets = planMetrics(demoPlan).map((m) => m.ref);

  it('holds only records that pass validation', () => {
    for (const r of demoImpact.destinations) expect(validateDestinations(r, ctx)).toMatchObject({ ok: true, value: r });
    for (const r of demoImpact.perception) expect(validatePerception(r, ctx)).toMatchObject({ ok: true, value: r });
    for (const r of demoImpact.voice) expect(validateVoice(r, ctx)).toMatchObject({ ok: true, value: r });
    for (const r of demoImpact.neetRisk) expect(validateNeetRisk(r, ctx)).toMatchObject({ ok: true, value: r });
  });

  it('tells its story: NEET up, apprenticeships at 4%, FSQ completion halved, no staff voice', () => {
    const found = messages(demoImpact, { targets, today: DEMO_AS_OF, yearGroups: demoYearGroups });
    expect(found).toEqual(
      expect.arrayContaining([
        'NEET among Year 11 leavers rose from 3% in 2024/25 to 5% in 2025/26.',
        'Apprenticeship among Year 11 leavers fell from 5% in 2024/25 to 4% in 2025/26.',
        'NEET among disadvantaged Year 11 leavers was 10% in 2025/26, against 5% for all Year 11 leavers.',
        'Only 34% of Year 9 answered the Future Skills Questionnaire in 2025/26 (61 of 180).',
        'Future Skills Questionnaire responses, Year 9 was 61 in 2025/26, against the school’s target of 100.',
        'No stakeholder voice from staff has been recorded.',
      ]),
    );
  });

  it('puts figures beside rows 2.4–2.7 with the catalogue’s titles', () => {
    const rows = rowEvidence(demoImpact, 'schools', { ...options, targets, audience: 'governors' });
    expect(rows.map((r) => [r.rowId, r.title])).toEqual(
      ['2.4', '2.5', '2.6', '2.7'].map((id) => [id, findRow(maturityModel('schools'), id)!.title]),
    );
    const [destinations, perception, voice, qa] = rows;
    expect(destinations!.lines.map((l) => l.text)).toContain('Year 11 leavers: sustained destinations for 2023/24.');
    expect(perception!.lines[1]?.text).toBe(
      'Future Skills Questionnaire, Year 9, 19 June 2026: 61 responses, 34% of the year group. Positive answers: Self-awareness 55%; Career knowledge and decision-making 51%; Recruitment and workplace readiness 47%.',
    );
    expect(voice!.lines.filter((l) => l.tone === 'gap').map((l) => l.text)).toEqual(['No voice from staff recorded.', 'No voice from providers recorded.']);
    expect(qa!.findings.every((f) => f.severity === 'gap')).toBe(true);
    expect(rows.flatMap((r) => r.lines).some((l) => /\b[1-4] learners\b/.test(l.text))).toBe(false);
  });

  it('gives governors a destinations table with small numbers suppressed, and the evidence behind the impact questions', () => {
    const report = impactReport(demoImpact, { today: DEMO_AS_OF, targets, yearGroups: demoYearGroups });
    const y11Table = report.destinations.find((t) => t.name === 'Year 11 leavers')!;
    expect(y11Table.years.map((y) => y.academicYear)).toEqual(['2023/24', '2024/25', '2025/26']);
    const neet = y11Table.rows.find((r) => r.destination === 'neet')!;
    expect(neet.cells.map((c) => c.count.text)).toEqual(['fewer than 5', '6', '9']);
    expect(report.destinations.map((t) => t.name)).toContain('Year 11 leavers (sustained)');
    const serialised = JSON.stringify(report);
    expect(serialised).not.toMatch(/"value":[1-4],/);
    expect(report.questions.map((q) => q.text.slice(0, 40))).toEqual([
      'How is the effectiveness of the school\'s',
      'Does the careers provision meet the need',
      'To what extent is the strategic plan for',
      'How effectively is the school measuring ',
      'How effectively is the school collecting',
    ]);
    expect(report.trends.some((t) => t.name === 'NEET among Year 11 leavers')).toBe(true);
    expect(report.suppressionNote).toMatch(/fewer than 5/);
  });
});
