import { describe, expect, it } from 'vitest';

import type { ImportPreview, PreviewRow } from '../../../../src/domain/import';
import { previewFixture } from '../../import/support';

/** tests/fixtures/import/messy-map.csv: each row as a careers leader might type it, and what must become of it. */
const rowOf = (preview: ImportPreview, n: number): PreviewRow => preview.rows.find((r) => r.row === n)!;
const explained = (row: PreviewRow): string[] => row.readings.map((r) => r.explanation);

describe('a messy map: every row gets the right reading or a clear message', () => {
  it('reads the headers in the school’s words and lists the one it ignores', async () => {
    const preview = await previewFixture('messy-map.csv');
    expect(preview.headers.filter((h) => h.column).map((h) => [h.header, h.column])).toEqual([
      ['Yr', 'yearGroup'],
      ['Stage', 'stage'],
      ['Activity', 'title'],
      ['Type', 'categories'],
      ['Outcomes', 'learningOutcomes'],
      ['Parents involved', 'parentsAndCarers'],
      ['When', 'term'],
      ['Provider', 'provider'],
      ['Evidence', 'evidenceLink'],
    ]);
    expect(preview.ignoredHeaders).toEqual(['Notes']);
    expect(preview.notes).toContain('Columns Waypoint does not read, left out: “Notes”.');
  });

  it('reads spellings, abbreviations, outcomes by code or words, terms and yes/no, explaining each', async () => {
    const preview = await previewFixture('messy-map.csv');
    const row2 = rowOf(preview, 2);
    expect(row2.status).toBe('accepted');
    expect(explained(row2)).toEqual(['Yr 9 → Year 9', 'I&I → Introduce and Inspire', 'work exp → Work Experience', 'Y → Yes', 'Aut 1 → Autumn']);
    expect(row2.activities[0]).toMatchObject({
      stage: 'introduce-inspire',
      yearGroup: '9',
      title: 'Careers Zone Workshops',
      categories: ['work-experience'],
      learningOutcomes: ['CK1', 'SA2'],
      benchmarks: [6],
      parentsAndCarers: true,
      term: 'Autumn',
    });
    expect(rowOf(preview, 3).activities[0]).toMatchObject({ yearGroup: '9', categories: ['work-experience'], learningOutcomes: ['SA1'], term: 'Spring', parentsAndCarers: false });
    expect(explained(rowOf(preview, 3))).toContain('Be aware of their passions → SA1');
    const row4 = rowOf(preview, 4).activities[0]!;
    expect(row4).toMatchObject({ yearGroup: '9', stage: 'introduce-inspire', categories: ['provider-access'], learningOutcomes: ['CK4', 'CK9'], parentsAndCarers: true, provider: 'Northampton College' });
    expect(row4.term).toBeUndefined();
    // A full statement with commas in it is one outcome, not four fragments.
    expect(rowOf(preview, 5).activities[0]).toMatchObject({
      stage: 'investigate-explore',
      categories: ['assembly'],
      learningOutcomes: ['CK6'],
      term: 'Throughout the year',
      evidenceLink: 'https://school.example/evidence/assemblies',
    });
    expect(rowOf(preview, 17)).toMatchObject({ status: 'accepted' });
  });

  it('asks before splitting a range of years, and splits it once agreed', async () => {
    const waiting = await previewFixture('messy-map.csv');
    expect(rowOf(waiting, 6).status).toBe('needs-decision');
    expect(rowOf(waiting, 6).messages).toEqual([
      'Row 6, Year group (“Yr”): “12-13” names Years 12 and 13 — agree to make one activity for each year, or give the row one year group.',
    ]);
    expect(waiting.decisions.filter((d) => d.kind === 'split-range').map((d) => [d.row, d.agreed])).toEqual([[6, false], [7, false]]);
    expect(waiting.toWrite.some((a) => a.title === 'Personal Guidance 1:1')).toBe(false);

    const agreed = await previewFixture('messy-map.csv', { splitRanges: [6] });
    expect(rowOf(agreed, 6).status).toBe('accepted');
    expect(rowOf(agreed, 6).activities.map((a) => [a.yearGroup, a.categories[0]])).toEqual([['12', 'personal-guidance'], ['13', 'personal-guidance']]);
    expect(rowOf(agreed, 7).status).toBe('needs-decision');
    expect(explained(rowOf(agreed, 7))).toContain('Y12/13 → Years 12 and 13, one activity for each');
  });

  it('offers the school’s own category as a new one (once for all its rows) rather than refusing it', async () => {
    const waiting = await previewFixture('messy-map.csv');
    expect(waiting.decisions.filter((d) => d.kind === 'new-category')).toEqual([
      {
        kind: 'new-category',
        name: 'Careers fair',
        rows: [8, 9],
        agreed: false,
        question: '“Careers fair” (rows 8 and 9) is not one of Waypoint’s categories. Add it as a new category of your own?',
      },
    ]);
    expect(rowOf(waiting, 8).status).toBe('needs-decision');
    const agreed = await previewFixture('messy-map.csv', { newCategories: ['careers FAIR'] });
    expect(rowOf(agreed, 8)).toMatchObject({ status: 'accepted', activities: [expect.objectContaining({ categories: ['Careers fair'], yearGroup: '10' })] });
    expect(rowOf(agreed, 9)).toMatchObject({ status: 'accepted', activities: [expect.objectContaining({ yearGroup: '11' })] });
  });

  it('refuses what it cannot read with the row, the column and what to do', async () => {
    const preview = await previewFixture('messy-map.csv');
    const refused = preview.rows.filter((r) => r.status === 'rejected').map((r) => [r.row, r.messages]);
    expect(refused).toEqual([
      [10, ['Row 10, Learning outcomes (“Outcomes”): “Be able to evaluate the risks and rewards” fits more than one learning outcome (CK4 or CK5): use the code of the one you mean.']],
      [11, ['Row 11, Year group (“Yr”): Year 14 is not a year group on this map: use 7, 8, 9, 10, 11, 12 or 13 (“Year 9”, “Yr 9”, “Y9” and “9” all work).']],
      [13, ['Row 13, Activity: there is no activity here — type what happens, or delete the row.']],
      [15, ['Row 15, Parents and carers (“Parents involved”): “maybe” is not yes or no: type Yes or No.']],
      [16, ['Row 16, Term (“When”): “Spring/Summer” names more than one term: an activity has one term here — use Autumn, Spring, Summer or Throughout the year, or leave it blank if it is not stated.']],
      [19, ['Row 19, Evidence link (“Evidence”): Evidence link must be a web address starting with https:// or http://.']],
      [20, ['Row 20, Stage: “Somewhere” is not a stage: use Introduce and Inspire, Investigate and Explore or Apply and Demonstrate (“I&I”, “I&E” and “A&D” work too).']],
    ]);
    expect(preview.rows.filter((r) => r.status === 'rejected').every((r) => r.activities.length === 0)).toBe(true);
  });

  it('skips a blank row silently and writes a repeated activity once', async () => {
    const preview = await previewFixture('messy-map.csv');
    expect(rowOf(preview, 12)).toMatchObject({ status: 'skipped', messages: [], activities: [] });
    expect(rowOf(preview, 18)).toMatchObject({
      status: 'duplicate',
      activities: [],
      messages: ['Row 18: This activity repeats row 17 (same title, stage and year group); it is written once.'],
    });
    expect(preview.toWrite.filter((a) => a.title.toLowerCase().startsWith('take your child'))).toHaveLength(1);
  });

  it('keeps a formula-looking title as text and flags it for any later write to a workbook', async () => {
    const preview = await previewFixture('messy-map.csv');
    expect(rowOf(preview, 14)).toMatchObject({ status: 'accepted', formulaLike: ['title'] });
    expect(rowOf(preview, 14).activities[0]!.title).toBe('=HYPERLINK("https://evil.example","Careers quiz")');
  });

  it('counts every row once', async () => {
    const preview = await previewFixture('messy-map.csv');
    expect(preview.counts).toEqual({ accepted: 6, 'needs-decision': 4, rejected: 7, duplicate: 1, skipped: 1 });
    expect(preview.rows).toHaveLength(19);
  });
});
