import { describe, expect, it } from 'vitest';

import {
  benchmarks,
  findRow,
  maturityModel,
  modelRows,
  rowPurpose,
  rowText,
  universalLearningOutcomes,
} from '../../../../src/domain/catalogue';
import type { MaturityRow } from '../../../../src/domain/catalogue/types';
import { collegesRowText } from '../../../../src/domain/catalogue/maturity-colleges-text';
import { schoolsRowText } from '../../../../src/domain/catalogue/maturity-schools-text';

describe('catalogue', () => {
  it('has the counts the documents give', () => {
    expect(maturityModel('schools').themes).toHaveLength(6);
    expect(modelRows(maturityModel('schools'))).toHaveLength(32);
    expect(maturityModel('colleges').themes).toHaveLength(6);
    expect(modelRows(maturityModel('colleges'))).toHaveLength(34);
    expect(benchmarks).toHaveLength(8);
    expect(universalLearningOutcomes).toHaveLength(18);
  });

  it('finds rows by their number', () => {
    expect(findRow(maturityModel('schools'), '2.3')?.title).toBe('Effective use of recording systems');
    expect(findRow(maturityModel('schools'), '4.5')).toBeUndefined();
    expect(findRow(maturityModel('colleges'), '4.5')).toBeDefined();
  });

  it("lends a college row the schools row's purpose, marked as borrowed, only when it is the same row", () => {
    const colleges = maturityModel('colleges');
    const schools = maturityModel('schools');
    const purpose = (row: MaturityRow) => rowPurpose(row, schoolsRowText);
    // 1.2 differs from the schools title only by its apostrophe.
    expect(purpose(findRow(colleges, '1.2')!)).toEqual({ text: schoolsRowText['1.2']!.purpose, source: 'schools', borrowed: true });
    // 4.5 exists only in the college model.
    expect(purpose(findRow(colleges, '4.5')!)).toBeUndefined();
    // A school row keeps its own purpose, not borrowed.
    expect(purpose(findRow(schools, '6.3')!)).toEqual({ text: schoolsRowText['6.3']!.purpose, source: 'schools', borrowed: false });
    // No college row shows a purpose without saying it is the schools model's: the colleges model gives none.
    const shown = modelRows(colleges).map(purpose).filter((p) => p !== undefined);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((p) => p.borrowed && p.source === 'schools')).toBe(true);
  });

  it("finds a row's text in its own model's, and says so when it is missing", () => {
    const schools = findRow(maturityModel('schools'), '4.4')!;
    const colleges = findRow(maturityModel('colleges'), '4.4')!;
    // The two models share the number 4.4 but not its descriptors.
    expect(rowText(schoolsRowText, schools).descriptors).toBe(schoolsRowText['4.4']!.descriptors);
    expect(rowText(collegesRowText, colleges).descriptors).toBe(collegesRowText['4.4']!.descriptors);
    expect(rowText(schoolsRowText, schools).descriptors).not.toEqual(rowText(collegesRowText, colleges).descriptors);
    expect(() => rowText(schoolsRowText, findRow(maturityModel('colleges'), '4.5')!)).toThrow("The colleges maturity model's text has no row 4.5.");
  });
});
