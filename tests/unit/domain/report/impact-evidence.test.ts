import { describe, expect, it } from 'vitest';

import { demoImpact } from '../../../../src/demo/demo-impact';
import { DEMO_AS_OF } from '../../../../src/demo/demo-school';
import { benchmarks, keyStrategicQuestionGroups } from '../../../../src/domain/catalogue/benchmarks';
import { impactQuestionFigures } from '../../../../src/domain/report';
import { counts, empty, y11 } from '../impact/fixtures';

const guideQuestions = [...keyStrategicQuestionGroups.flatMap((g) => g.questions), ...benchmarks.flatMap((b) => b.promptQuestions)];

describe("the figures beside the governors' questions on impact", () => {
  const figures = impactQuestionFigures(demoImpact, DEMO_AS_OF);
  const about = (start: string) => [...figures].find(([q]) => q.startsWith(start))![1].map((l) => l.text);

  it("answers the guide's own questions, each in a line or two", () => {
    expect(figures.size).toBe(5);
    for (const [question, lines] of figures) {
      expect(guideQuestions).toContain(question);
      expect(lines.length, question).toBeGreaterThanOrEqual(1);
      expect(lines.length, question).toBeLessThanOrEqual(2);
    }
  });

  it("gives the demo school's destinations trend, NEET risk, learner perception and stakeholder voice", () => {
    expect(about('How effectively is the school collecting, analysing and improving destinations')).toEqual([
      'NEET among leavers: Year 11 leavers 3% in 2024/25, 5% in 2025/26; Year 13 leavers withheld (small numbers).',
      'At risk of NEET, latest count: Year 10: 12 flagged, 9 supported; Year 11: 15 flagged, 15 supported.',
    ]);
    expect(about('How effectively is the school measuring learner careers readiness')).toEqual([
      'Learner perception: Future Skills Questionnaire 2025/26, Years 7, 9 and 11, 190 responses.',
    ]);
    expect(about('To what extent is the strategic plan for stakeholder feedback')).toEqual([
      'Stakeholder voice in the last 12 months from learners, parents and carers, employers; none from staff, providers.',
    ]);
    // The question on every source: the breadth of the data, then what most needs asking about.
    expect(about("How is the effectiveness of the school's careers provision evaluated")[0]).toBe(
      'Impact data recorded: destinations (3 years), learner perception (2 years), stakeholder voice (3 years) and risk of NEET (2 years).',
    );
  });

  it('suppresses small numbers, as governors see every figure', () => {
    const small = { ...empty, destinations: [y11('2024/25', counts(120, { neet: 6 })), y11('2025/26', counts(120, { neet: 3, 'not-known': 2 }))] };
    const text = [...impactQuestionFigures(small, DEMO_AS_OF).values()].flat().map((l) => l.text).join(' ');
    // 3 NEET of 120 is shown as neither a count nor a share.
    expect(text).toContain('NEET among leavers: Year 11 leavers 5% in 2024/25, withheld in 2025/26.');
    expect(text).not.toMatch(/\b3%|\b3 /);
    const neetRisk = { ...empty, neetRisk: [{ id: 'r', academicYear: '2026/27', yearGroup: '11', date: '2026-10-01', yearGroupSize: 150, flagged: 3, supported: 3, support: 'Mentoring' }] };
    const lines = [...impactQuestionFigures(neetRisk, DEMO_AS_OF).values()].flat().map((l) => l.text);
    expect(lines).toContain('At risk of NEET, latest count: Year 11: fewer than 5 flagged, fewer than 5 supported.');
  });

  it('says plainly when nothing is recorded, as a gap to ask about', () => {
    const lines = [...impactQuestionFigures(empty, DEMO_AS_OF).values()].flat();
    expect(lines.every((l) => l.tone === 'gap')).toBe(true);
    expect(lines.map((l) => l.text)).toContain('No destinations of leavers are recorded.');
  });
});
