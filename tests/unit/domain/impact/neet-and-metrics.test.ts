import { describe, expect, it } from 'vitest';

import { demoImpact } from '../../../../src/demo/demo-impact';
import { type ImpactMeasure, metricChoices, previewImport, validateNeetRisk } from '../../../../src/domain/impact';
import type { ValidationResult } from '../../../../src/domain/validation/result';
import { ctx, empty } from './fixtures';

const messages = <T>(r: ValidationResult<T>) => (r.ok ? [] : r.errors.map((e) => `${e.field}: ${e.message}`));
const risk = { id: 'n1', academicYear: '2025/26', yearGroup: '10', date: '2026-01-20', yearGroupSize: 150, flagged: 12, supported: 8, support: 'Guidance' };

describe('risk of NEET: bad input', () => {
  it('refuses negative and fractional counts, naming each field', () => {
    expect(messages(validateNeetRisk({ ...risk, yearGroupSize: -150, flagged: 2.5, supported: -1 }, ctx))).toEqual([
      'yearGroupSize: Learners in the year group must be a whole number of learners, 0 or more (it is -150).',
      'flagged: Learners flagged must be a whole number of learners, 0 or more (it is 2.5).',
      'supported: Learners supported must be a whole number of learners, 0 or more (it is -1).',
    ]);
  });

  it('refuses a year that does not exist, a year group the school does not have and a date outside the year', () => {
    const r = validateNeetRisk({ ...risk, academicYear: '2025/27', yearGroup: '14' }, ctx);
    expect(messages(r).map((m) => m.split(':')[0])).toEqual(['academicYear', 'yearGroup']);
    expect(messages(validateNeetRisk({ ...risk, date: '2026-09-02' }, ctx))).toEqual([
      'date: Date 2 September 2026 is not in the academic year 2025/26 (1 September 2025 to 31 August 2026).',
    ]);
  });

  it('refuses over-long support text with the limit and the length', () => {
    expect(messages(validateNeetRisk({ ...risk, support: 'x'.repeat(10_001) }, ctx))).toEqual([
      'support: Support given must be 10,000 characters or fewer (it is 10,001).',
    ]);
  });

  it('refuses an imported row with more flagged than the year group, keeping the good rows', () => {
    const preview = previewImport(
      'neet-risk',
      {
        header: ['Academic year', 'Year group', 'Date', 'Learners in the year group', 'Flagged', 'Supported', 'Support given'],
        rows: [
          ['2025/26', 'Year 10', '2026-01-20', '150', '12', '8', 'Guidance'],
          ['2025/26', 'Year 11', '2026-01-20', '140', '160', '0', ''],
        ],
      },
      { ...ctx, newId: () => 'n' },
    );
    expect(preview.accepted).toHaveLength(1);
    expect(preview.rejected[0]?.messages.map((m) => m.message)).toContain('Learners flagged (160) cannot be more than the learners in the year group (140).');
  });
});

describe('the figures a plan objective’s key metric can point at', () => {
  it('offers the demo school’s recorded figures by kind, each once, with the cohorts’ education-or-work share first', () => {
    const groups = metricChoices(demoImpact);
    expect(groups.map((g) => g.label)).toEqual(['Destinations', 'Learner perception', 'Risk of NEET', 'Stakeholder voice']);
    const names = groups.flatMap((g) => g.choices.map((c) => c.name));
    expect(names).toContain('NEET among Year 11 leavers');
    expect(names).toContain('Education, apprenticeship or employment among Year 11 leavers (sustained)');
    expect(names).toContain('Self-awareness: positive answers, Year 9 (Future Skills Questionnaire)');
    expect(names).toContain('Year 11 learners at risk of NEET');
    expect(groups[0]?.choices[0]?.name).toBe('Education, apprenticeship or employment among Year 11 leavers');
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps the figure already chosen when nothing is recorded for it yet', () => {
    const chosen: ImpactMeasure = { kind: 'voice', group: 'staff' };
    expect(metricChoices(empty)).toEqual([]);
    expect(metricChoices(empty, chosen)).toEqual([{ label: 'Stakeholder voice', choices: [{ key: 'voice|staff', name: 'Stakeholder voice: staff taking part', measure: chosen }] }]);
  });
});
