import { describe, expect, it } from 'vitest';

import { DEMO_AS_OF, demoSchool } from '../../../../src/demo/demo-school';
import { benchmarks, modelRows, schoolsModel } from '../../../../src/domain/catalogue';
import { keyStrategicQuestionGroups } from '../../../../src/domain/catalogue/benchmarks';
import { ofstedProviderAccessQuote } from '../../../../src/domain/catalogue/statutory';
import { boardPaper } from '../../../../src/domain/report';

describe('the board paper for the demo school', () => {
  const paper = boardPaper(demoSchool, DEMO_AS_OF);

  it('has a cover with the school, the date and the period covered', () => {
    expect(paper.cover).toEqual({
      institutionName: 'Highfield Academy',
      title: 'Careers education and guidance: report to the governing body',
      date: '2026-11-24',
      period: {
        from: '2025-11-12',
        to: '2026-11-24',
        label: '12 November 2025 to 24 November 2026, since the previous agreed internal leadership review',
      },
    });
  });

  it('sums up where we are, what changed, what is at risk and what to ask, with a slot for the year', () => {
    const { summary } = paper;
    expect(summary.whereWeAre[0]).toEqual({
      text: "Statutory responsibilities: 3 of 5 met, 2 partly met, 0 not met; 3 of the guide's 3 recommendations in place.",
      tone: 'gap',
    });
    // A count is neither good nor bad: only the line naming the rows that went down is a gap.
    expect(summary.sinceLastReview[0]).toEqual({ text: 'Since 12 November 2025: 7 rows up, 2 down, 23 the same (the maturity table has each row).', tone: 'info' });
    expect(summary.sinceLastReview.find((l) => l.text.startsWith('Down:'))?.tone).toBe('gap');
    expect(summary.sinceLastYear).toBeUndefined();
    const risks = summary.atRisk.map((l) => l.text);
    expect(risks[0]).toBe(
      '2. Compliance with the provider access legislation: The first key phase (Years 8 and 9) has 1 of the 2 provider encounters required.',
    );
    // Ofsted's expectation is quoted once, under statutory duties; the summary points to it.
    expect(risks).toContain("Inspectors report any shortfall against the provider access legislation: Ofsted's expectation is quoted under statutory duties.");
    expect(paper.statutory.summary.ofsted).toBe(ofstedProviderAccessQuote);
    // Each risk once: the PAL shortfall is not repeated from the provision map's findings.
    expect(risks.filter((r) => r.includes('first key phase'))).toHaveLength(1);
    expect(risks.some((r) => r.includes('SA3'))).toBe(true);
    // What to ask: the guide's own prompt questions, at most five, from different benchmarks first.
    const prompts = benchmarks.flatMap((b) => b.promptQuestions);
    expect(summary.toAsk.length).toBeGreaterThan(0);
    expect(summary.toAsk.length).toBeLessThanOrEqual(5);
    for (const q of summary.toAsk) expect(prompts).toContain(q);
  });

  it('says what changed since last year beside the change since the last review, from last year\'s own records', () => {
    const lastYear = demoSchool.otherYears!.find((y) => y.academicYear === '2025/26')!;
    const lines = boardPaper(demoSchool, DEMO_AS_OF, lastYear).summary.sinceLastYear!;
    expect(lines).toHaveLength(3);
    expect(lines[0]!.text).toMatch(/^Statutory responsibilities: 3 of 5 met, against \d of 5 in 2025\/26/);
    expect(lines[1]!.text).toMatch(/^Provision map since 2025\/26: \d+ activit(y|ies) added, \d+ dropped, \d+ moved; \d+ gaps? closed, \d+ new\.$/);
    expect(lines[2]!.text).toMatch(/^Strategic careers plan: \d+ of \d+ actions completed so far, against \d+ of \d+ in 2025\/26; \d+ open actions? carried over\.$/);
    // A year with nothing in it is no comparison.
    const empty = { ...lastYear, provisionMap: { ...lastYear.provisionMap, activities: [] }, plan: { ...lastYear.plan, priorities: [], actions: [] } };
    expect(boardPaper(demoSchool, DEMO_AS_OF, empty).summary.sinceLastYear).toBeUndefined();
  });

  it("includes the guide's key strategic questions under its four sub-headings, each with its evidence in brief", () => {
    expect(paper.keyQuestions.map((g) => g.heading)).toEqual(keyStrategicQuestionGroups.map((g) => g.heading));
    expect(paper.keyQuestions.flatMap((g) => g.questions.map((q) => q.text))).toEqual(keyStrategicQuestionGroups.flatMap((g) => g.questions));
    for (const q of paper.keyQuestions.flatMap((g) => g.questions)) expect(q.evidence.length).toBeLessThanOrEqual(2);
    // A duty's line is its status only: who, where and when are in the statutory table, printed once.
    const lines = paper.keyQuestions.flatMap((g) => g.questions).flatMap((q) => q.evidence.map((l) => l.text));
    expect(lines).toContain('2. Compliance with the provider access legislation: partly met.');
    expect(lines.filter((l) => l.includes('https://') || l.includes('@'))).toEqual([]);
  });

  it('prints each table once: one maturity table with every row, the policy contents, the statutory checklist', () => {
    expect(paper.maturity.table.map((r) => r.rowId)).toEqual(modelRows(schoolsModel).map((r) => r.id));
    expect(paper.maturity.table.find((r) => r.rowId === '1.7')).toMatchObject({ column: 1, previous: 2, change: 'down' });
    expect(paper.statutory.policyContents.map((c) => [c.id, c.included])).toEqual([
      ['encounters', true],
      ['procedure', true],
      ['grounds', true],
      ['premises', false],
    ]);
    expect(paper.statutory.signOff).toEqual({ by: 'Susan Pemberton, for the governing body', date: '2026-09-17' });
    expect(paper.statutory.summary.checks).toHaveLength(8);
  });

  it("gives each of the eight benchmarks' prompt questions its evidence in a line or two, referring to the tables", () => {
    expect(paper.benchmarks.map((b) => b.benchmark)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const b of paper.benchmarks) {
      expect(b.questions.map((q) => q.text)).toEqual(benchmarks.find((x) => x.number === b.benchmark)!.promptQuestions);
      for (const q of b.questions) {
        expect(q.evidence.length, q.text).toBeGreaterThanOrEqual(1);
        expect(q.evidence.length, q.text).toBeLessThanOrEqual(2);
        expect(q.refersTo.length, q.text).toBeGreaterThanOrEqual(1);
      }
    }
    const employers = paper.benchmarks[4]!.questions[0]!;
    expect(employers.evidence[0]).toMatchObject({ tone: 'gap', text: expect.stringMatching(/^Year 8 has no employer encounter yet/) });
    expect(employers.refersTo).toContain('provision');
    const pal = paper.benchmarks[6]!.questions[2]!;
    expect(pal.refersTo).toContain('statutory');
  });

  it("leaves Ofsted's expectation out when the provider access legislation is met", () => {
    const extra = ['8', '9'].map((yearGroup, i) => ({
      ...demoSchool.provisionMap.activities.find((a) => a.categories.includes('provider-access'))!,
      id: `extra-pal-${i}`,
      yearGroup,
      title: `Provider visit ${i}`,
      provider: `Provider ${i}`,
    }));
    const map = { ...demoSchool.provisionMap, activities: [...demoSchool.provisionMap.activities, ...extra] };
    const met = boardPaper({ ...demoSchool, provisionMap: map }, DEMO_AS_OF);
    expect(met.statutory.summary.ofsted).toBeUndefined();
    expect(met.summary.atRisk.some((l) => l.text.includes('Ofsted'))).toBe(false);
  });
});
