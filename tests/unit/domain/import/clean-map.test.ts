import { describe, expect, it } from 'vitest';

import type { Activity } from '../../../../src/domain/provision-map/types';
import { previewFixture } from '../../import/support';

/** The clean map (tests/fixtures/import/clean-map.csv) as it must land: every row, exactly. */
const I = 'introduce-inspire';
const E = 'investigate-explore';
const A = 'apply-demonstrate';
const expected: [string, string, string, string, string, boolean][] = [
  [I, '7', 'Understanding Careers in the NHS', 'employer-encounter', 'SA2', false],
  [I, '7', 'Skills focused, interactive Mini Careers Fair', 'employer-encounter', 'SA1', false],
  [I, '7', 'Personal Development Curriculum: Strengths and preferences theme', 'careers-in-curriculum', 'SA1', false],
  [I, '7', 'Assembly Programme: Spotlight on Jobs of the Future and STEM careers', 'assembly', 'CK3', false],
  [I, '7', 'Meet your Adviser: Careers Advice Workshop', 'personal-guidance', 'CK7', false],
  [I, '7', 'Take your child to Work day', 'work-experience', 'RW3', true],
  [I, '8', 'Careers Speed Networking Q&A Event', 'employer-encounter', 'CK1', false],
  [I, '8', 'Interactive Careers Expo with employer briefs', 'employer-encounter', 'CK1', true],
  [I, '8', 'Assembly programme: Understanding pathways (inc Tech & Voc) and learning about regional LMI', 'assembly', 'CK3', false],
  [E, '8', 'Workplace Safari', 'work-experience', 'RW3', false],
  [E, '8', 'Personal Guidance: Triage/Group Work', 'personal-guidance', 'CK7', false],
  [E, '8', 'Exploring all Pathways Workshops and Encounters', 'provider-access', 'CK4', false],
  [E, '9', 'Employer Workshops (e.g. NHS/RAF, etc)', 'employer-encounter', 'CK2', false],
  [E, '9', 'Meet the Provider Encounters', 'provider-access', 'CK9', true],
  [E, '9', 'Apprenticeship talks', 'provider-access', 'CK4', false],
  [E, '10', 'Personal Guidance 1:1', 'personal-guidance', 'CK7', false],
  [A, '9', 'Employer Brief and Presentation: Team Activity', 'employer-encounter', 'RW5', false],
  [A, '10', 'Mock Interview Event', 'employer-encounter', 'RW2', false],
  [A, '10', 'FE Taster Days', 'fe-he-encounter', 'CK9', true],
  [A, '11', 'Work Placements', 'work-experience', 'RW4', false],
  [A, '12', 'Futures week', 'employer-encounter', 'RW6', false],
  [A, '13', 'University visits', 'fe-he-encounter', 'CK4', true],
];

function landed(a: Activity) {
  return [a.stage, a.yearGroup, a.title, a.categories.join(), a.learningOutcomes.join(), a.parentsAndCarers];
}

describe('a clean map in the school’s own words lands exactly', () => {
  it.each(['clean-map.csv', 'clean-map-bom.csv', 'clean-map.xlsx'])('%s: 22 of 22 rows, with no term stated', async (name) => {
    const preview = await previewFixture(name);
    expect(preview.problems).toEqual([]);
    expect(preview.counts).toEqual({ accepted: 22, 'needs-decision': 0, rejected: 0, duplicate: 0, skipped: 0 });
    expect(preview.toWrite.map(landed)).toEqual(expected);
    expect(preview.toWrite.every((a) => a.term === undefined && a.audience.kind === 'universal')).toBe(true);
    expect(preview.notes).toContain('There is no Term column: each activity’s term is “not stated”.');
    expect(new Set(preview.toWrite.map((a) => a.id)).size).toBe(22);
  });

  it('finds the header row under a title in a workbook, and says which sheet it read', async () => {
    const preview = await previewFixture('clean-map.xlsx');
    expect(preview.sheet).toBe('Careers map 2026-27');
    expect(preview.headerRow).toBe(4);
    expect(preview.rows[0]!.row).toBe(5);
  });

  it('reads a Windows-1252 file with semicolons (older Excel) with its £ and curly quotes', async () => {
    const preview = await previewFixture('clean-map-1252.csv');
    expect(preview.counts.accepted).toBe(22);
    expect(preview.toWrite[0]!.title).toBe('Understanding Careers in the NHS – “£0 to attend”');
    expect(preview.toWrite.slice(1).map(landed)).toEqual(expected.slice(1));
  });

  it('gives each imported activity the same id every time, so a second import is recognised', async () => {
    const first = await previewFixture('clean-map.csv');
    const again = await previewFixture('clean-map.csv', { existing: first.toWrite });
    expect(again.counts).toMatchObject({ accepted: 0, duplicate: 22 });
    expect(again.toWrite).toEqual([]);
    expect(again.rows[0]!.messages[0]).toMatch(/^Row 2: .*already on the site’s provision map; it is not written again\.$/);
  });

  it('names where the activities it compares against are held, when told (the Excel pane compares against the workbook)', async () => {
    const first = await previewFixture('clean-map.csv');
    const again = await previewFixture('clean-map.csv', { existing: first.toWrite, existingWhere: 'in the workbook' });
    expect(again.rows[0]!.messages[0]).toMatch(/^Row 2: .*is already in the workbook; it is not written again\.$/);
    expect(again.rows.flatMap((r) => r.messages).join(' ')).not.toContain('site');
  });

  it('gives the same map imported into two academic years different ids (the list’s key is unique across years)', async () => {
    const one = await previewFixture('clean-map.csv', { academicYear: '2023/24' });
    const other = await previewFixture('clean-map.csv', { academicYear: '2022/23' });
    const ids = (p: typeof one) => p.toWrite.map((a) => a.id);
    expect(ids(one)[0]).toMatch(/^import-[0-9a-f]{16}~2023\/24$/);
    expect(new Set([...ids(one), ...ids(other)]).size).toBe(44);
    expect(ids(await previewFixture('clean-map.csv', { academicYear: '2023/24' }))).toEqual(ids(one));
  });
});
