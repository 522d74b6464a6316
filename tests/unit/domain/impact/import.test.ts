import { describe, expect, it } from 'vitest';

import { importHeaders, previewImport } from '../../../../src/domain/impact/import';
import { ctx as base } from './fixtures';

const ctx = { ...base, newId: (row: number) => `imported-${row}` };
const DEST_HEADER = ['Academic year', 'Leavers', 'Source', 'Group', 'Cohort', 'Sixth form', 'FE college', 'Apprenticeship', 'NEET', 'Not known'];

describe('importing destinations', () => {
  it('maps rows to records, attaching group rows to their cohort’s row', () => {
    const preview = previewImport('destinations', {
      header: DEST_HEADER,
      rows: [
        ['2025/26', 'Year 11', 'School', '', '180', '90', '66', '7', '9', '8'],
        ['2025/26', 'Year 11', 'School', 'Pupil premium', '48', '20', '20', '2', '5', '1'],
        ['', '', '', '', '', '', '', '', '', ''],
      ],
    }, ctx);
    expect(preview.rejected).toEqual([]);
    expect(preview.accepted).toHaveLength(1);
    const { row, record } = preview.accepted[0]!;
    expect(row).toBe(2);
    expect(record).toMatchObject({ id: 'imported-2', academicYear: '2025/26', cohort: { kind: 'year-11' }, source: 'school', sustained: false });
    expect(record.all.counts).toMatchObject({ 'sixth-form': 90, 'fe-college': 66, neet: 9, 'higher-education': 0 });
    expect(record.groups).toEqual([expect.objectContaining({ group: 'disadvantaged', cohort: 48 })]);
  });

  it('rejects rows with messages naming their row and column, keeping the good rows', () => {
    const preview = previewImport('destinations', {
      header: DEST_HEADER,
      rows: [
        ['2025/26', 'Year 11', 'School', '', '185', '90', '66', '7', '9', '8'],
        ['2024/25', 'Year 11', 'LA', '', '100', '90', '-2', '4', '4', '4'],
        ['2026/28', 'Year 13', 'DfE', '', '10', '10', '0', '0', '0', '0'],
        ['2023/24', 'Year 13', 'DfE', '', '10', '10', '0', '0', '0', '0'],
        ['2023/24', 'Year 13', 'DfE', 'SEND', '12', '12', '0', '0', '0', '0'],
      ],
    }, ctx);
    expect(preview.accepted.map((a) => a.row)).toEqual([5]);
    expect(preview.rejected).toEqual([
      { row: 2, messages: [{ row: 2, message: expect.stringMatching(/add up to 180 but the cohort is 185/) }] },
      { row: 3, messages: [{ row: 3, column: 'FE college', message: 'All leavers: Further education college must be a whole number of learners, 0 or more (it is -2).' }] },
      { row: 4, messages: [{ row: 4, column: 'Academic year', message: expect.stringMatching(/“2026\/28” is not an academic year/) }] },
      { row: 6, messages: [{ row: 6, column: 'Cohort', message: 'SEND: the group (12) cannot be larger than the whole cohort (10).' }] },
    ]);
  });

  it('refuses the whole table when a required column is missing', () => {
    const preview = previewImport('destinations', { header: ['Academic year', 'Leavers', 'NEET'], rows: [['2025/26', 'Year 11', '9']] }, ctx);
    expect(preview.refused).toBe('Nothing was imported: the table needs the columns “source”, “cohort”.');
  });
});

describe('refusing personal data', () => {
  const refusedFor = (header: string[], rows: string[][]) => previewImport('neet-risk', { header, rows }, ctx).refused;
  const HEADER = ['Academic year', 'Year group', 'Date', 'Learners in year group', 'Flagged', 'Supported'];
  const ROW = ['2026/27', 'Year 10', '2026-10-13', '178', '12', '9'];

  it('refuses a table with a name, UPN or date-of-birth column, and says why', () => {
    for (const column of ['Surname', 'Forename', 'UPN', 'Date of birth', 'Pupil', 'Full name']) {
      expect(refusedFor([...HEADER, column], [[...ROW, 'x']]), column).toMatch(
        new RegExp(`^Nothing was imported: the column “${column}” looks like personal details\\. Waypoint keeps figures only`),
      );
    }
  });

  it('refuses names, unique pupil numbers and e-mail addresses in a free column', () => {
    expect(refusedFor([...HEADER, 'Comment'], [[...ROW, 'Jane Smith'], [...ROW, 'Smith, Tom']])).toMatch(/the column “Comment” holds what look like people’s names/);
    expect(refusedFor([...HEADER, 'Support given'], [[...ROW, 'Interview for A123456789012']])).toMatch(/unique pupil numbers/);
    expect(refusedFor([...HEADER, 'Indicator'], [[...ROW, 'ask jo@school.example']])).toMatch(/e-mail addresses/);
  });

  it('does not mistake Waypoint’s own words or prose for names, and reports columns it ignores', () => {
    const preview = previewImport('neet-risk', { header: [...HEADER, 'Support given', 'Destination'], rows: [[...ROW, 'Guidance interviews with the Careers Adviser', 'Sixth Form']] }, ctx);
    expect(preview.refused).toBeUndefined();
    expect(preview.accepted).toHaveLength(1);
    expect(preview.ignoredColumns).toEqual(['Destination']);
  });
});

describe('importing perception, voice and risk of NEET', () => {
  it('reads percentages written with a % sign, and the school’s own survey by name', () => {
    const preview = previewImport('perception', {
      header: ['Academic year', 'Survey', 'Date', 'Year group', 'Responses', 'Self-awareness', 'Career knowledge and decision-making'],
      rows: [
        ['2025/26', 'FSQ', '2026-06-19', 'Year 9', '61', '55%', '51'],
        ['2025/26', 'Careers day survey', '2026-06-19', '9', '61', '120%', '51'],
      ],
    }, ctx);
    expect(preview.accepted[0]?.record).toMatchObject({ survey: 'fsq', yearGroup: '9', areas: [{ area: 'Self-awareness', percentPositive: 55 }, { percentPositive: 51 }] });
    expect(preview.rejected[0]?.messages[0]?.message).toBe('Self-awareness: positive answers must be a percentage from 0 to 100 (it is 120).');
  });

  it('maps stakeholder groups by their everyday names', () => {
    const preview = previewImport('voice', {
      header: ['Academic year', 'Group', 'Date', 'How it was gathered', 'Took part', 'What it found'],
      rows: [['2025/26', 'Parents', '2026-02-05', 'Comment cards', '37', 'Want more on apprenticeships.']],
    }, ctx);
    expect(preview.accepted[0]?.record).toMatchObject({ group: 'parents-carers', participants: 37 });
  });
});

describe('the columns an import reads, as the form names them', () => {
  it('names every required column first, in our capitals, and every optional one after', () => {
    const destinations = importHeaders('destinations');
    expect(destinations.required).toEqual(['Academic year', 'Leavers', 'Source', 'Cohort']);
    expect(destinations.optional).toEqual(expect.arrayContaining(['Sustained', 'Group', 'NEET', 'Further education college', 'Note']));
    expect(importHeaders('perception').optional).toContain('Self-awareness');
  });

  it('names columns the reader then recognises', () => {
    const { required, optional } = importHeaders('voice');
    const header = [...required, ...optional];
    const row = ['2025/26', 'Employers', '2026-03-12', 'Round table', '9', 'Want more placements'];
    const preview = previewImport('voice', { header, rows: [row] }, { ...base, newId: (n) => `v${n}` });
    expect(preview).toMatchObject({ accepted: [{ row: 2 }], rejected: [], ignoredColumns: [] });
  });
});
