import { describe, expect, it } from 'vitest';

import { readCell, workbookSafeText } from '../../../../src/domain/import';
import { validateActivity } from '../../../../src/domain/validation';

const shown = (column: Parameters<typeof readCell>[0], typed: string | number | boolean) => {
  const r = readCell(column, typed);
  return r.kind === 'read' || r.kind === 'range' ? r.shown : r.kind;
};

describe('readCell: one reading of the school’s words, for the import and for a typed cell', () => {
  it.each([
    ['Yr 9', 'Year 9'], ['Y9', 'Year 9'], ['year nine', 'Year 9'], ['9', 'Year 9'], ['Year 10', 'Year 10'], ['Yr9', 'Year 9'], ['09', 'Year 9'],
    ['12-13', 'Years 12 and 13'], ['Y12/13', 'Years 12 and 13'], ['Years 12 & 13', 'Years 12 and 13'], ['7 to 9', 'Years 7 to 9'], ['KS4', 'Years 10 and 11'], ['Sixth form', 'Years 12 and 13'],
  ])('year group %s → %s', (typed, expected) => expect(shown('yearGroup', typed)).toBe(expected));

  it('reads a number cell as a year group, and refuses a year the school does not map', () => {
    expect(readCell('yearGroup', 9)).toMatchObject({ kind: 'read', value: '9' });
    expect(readCell('yearGroup', '12', { yearGroups: ['7', '8', '9', '10', '11'] })).toEqual({
      kind: 'problem',
      message: 'Year 12 is not a year group on this map: use 7, 8, 9, 10 or 11 (“Year 9”, “Yr 9”, “Y9” and “9” all work).',
    });
    expect(readCell('yearGroup', '12-13')).toMatchObject({ kind: 'range', values: ['12', '13'] });
  });

  it.each([
    ['Introduce & Inspire', 'Introduce and Inspire'], ['I&I', 'Introduce and Inspire'], ['introduce and inspire', 'Introduce and Inspire'],
    ['I & E', 'Investigate and Explore'], ['Investigate/Explore', 'Investigate and Explore'], ['A&D', 'Apply and Demonstrate'], ['Apply & Demonstrate', 'Apply and Demonstrate'], ['Stage 3', 'Apply and Demonstrate'],
  ])('stage %s → %s', (typed, expected) => expect(shown('stage', typed)).toBe(expected));

  it.each([
    ['PAL', 'Provider Access Legislation (PAL)'], ['Provider access (PAL)', 'Provider Access Legislation (PAL)'], ['work exp', 'Work Experience'],
    ['WEX', 'Work Experience'], ['EE', 'Employer encounters'], ['Employer encounter', 'Employer encounters'], ['Assembly', 'Assemblies'], ['assemblies', 'Assemblies'],
    ['Personal guidance', 'Personal Guidance'], ['Careers in the curriculum', 'Careers in the Curriculum'], ['FE/HE', 'Encounters with further and higher education'],
    ['EE; WEX', 'Employer encounters, Work Experience'], ['Employer encounters / Work experience', 'Employer encounters, Work Experience'],
  ])('category %s → %s', (typed, expected) => expect(shown('categories', typed)).toBe(expected));

  it('keeps a category it does not know as the school’s own, offered as new', () => {
    expect(readCell('categories', 'Assembly; Enterprise day')).toMatchObject({ kind: 'read', value: ['assembly', 'Enterprise day'], newCategories: ['Enterprise day'] });
  });

  it('reads learning outcomes by code, whole statement or a recognisable part, never cutting a statement at its commas', () => {
    const ids = (typed: string) => {
      const r = readCell('learningOutcomes', typed);
      return r.kind === 'read' ? r.value : r.kind === 'problem' ? r.message : r.kind;
    };
    expect(ids('CK4; sa1')).toEqual(['CK4', 'SA1']);
    expect(ids('CK 4, RW-2')).toEqual(['CK4', 'RW2']);
    expect(ids('SA2 and CK1 & RW3/RW4')).toEqual(['SA2', 'CK1', 'RW3', 'RW4']);
    expect(ids('Be aware of their passions, skills, and work preferences and understand how these could inform their career choices.')).toEqual(['SA1']);
    expect(ids('Understand the expectations, behaviours, and cultures of a range of workplaces, CK1')).toEqual(['RW3', 'CK1']);
    expect(ids('Students will understand how the local and national labour market is changing')).toEqual(['CK3']);
    expect(ids('SA2 - inspired by careers they had not considered\nRW5')).toEqual(['SA2', 'RW5']);
    expect(ids('Be able to evaluate the risks and rewards')).toMatch(/fits more than one learning outcome \(CK4 or CK5\)/);
    expect(ids('Know about apprenticeships')).toMatch(/^“Know about apprenticeships” is not one of the learning outcomes: use a code such as SA1, CK4 or RW2/);
  });

  it.each([
    ['Autumn', 'Autumn'], ['Aut 2', 'Autumn'], ['autumn term', 'Autumn'], ['Oct', 'Autumn'], ['2026-10-07', 'Autumn'], ['07/02/2027', 'Spring'],
    ['Spr 1', 'Spring'], ['Summer 2', 'Summer'], ['June', 'Summer'], ['All year', 'Throughout the year'], ['Termly', 'Throughout the year'], ['ongoing', 'Throughout the year'],
  ])('term %s → %s', (typed, expected) => expect(shown('term', typed)).toBe(expected));

  it('leaves a blank term not stated, and an activity valid without one', () => {
    expect(readCell('term', '')).toEqual({ kind: 'blank' });
    const activity = { id: 'a', stage: 'introduce-inspire', yearGroup: '9', title: 'Talk', categories: ['assembly'], parentsAndCarers: false };
    const result = validateActivity(activity, { yearGroups: ['9'] });
    expect(result.ok && result.value).not.toHaveProperty('term');
  });

  it.each([
    ['Yes', true], ['y', true], ['TRUE', true], ['yes - invited', true], ['✓', true], ['No', false], ['n', false], ['n/a', false], ['-', false],
  ])('yes/no %s → %s', (typed, expected) => expect(readCell('parentsAndCarers', typed)).toMatchObject({ kind: 'read', value: expected }));

  it('reads yes/no cells that hold true/false or 1/0', () => {
    expect(readCell('parentsAndCarers', true)).toMatchObject({ value: true });
    expect(readCell('parentsAndCarers', 0)).toMatchObject({ value: false });
    expect(readCell('parentsAndCarers', 'sometimes')).toEqual({ kind: 'problem', message: '“sometimes” is not yes or no: type Yes or No.' });
  });

  it('explains a reading only when the words differ from Waypoint’s', () => {
    expect(readCell('yearGroup', 'Yr 9')).toMatchObject({ explanation: 'Yr 9 → Year 9' });
    expect(readCell('stage', 'Introduce and Inspire')).not.toHaveProperty('explanation');
  });

  it('keeps formula-looking text as text, and makes it safe to write back to a workbook', () => {
    expect(readCell('title', '=SUM(A1:A9)')).toMatchObject({ kind: 'read', value: '=SUM(A1:A9)' });
    expect(['=SUM(A1)', '+44 1933', '-Careers fair', '@home', 'Careers fair'].map(workbookSafeText)).toEqual(["'=SUM(A1)", "'+44 1933", "'-Careers fair", "'@home", 'Careers fair']);
  });
});
