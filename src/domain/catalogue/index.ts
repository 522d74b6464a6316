import { collegesModel } from './maturity-colleges';
import { schoolsModel } from './maturity-schools';
import type { MaturityModel, MaturityRow, ModelVariant } from './types';

export * from './benchmarks';
export * from './columns';
export * from './learning-outcomes';
export * from './leavers-profile';
export { collegesModel } from './maturity-colleges';
export { schoolsModel } from './maturity-schools';
export * from './opportunity-checklist';
export * from './plan';
export * from './provision';
export * from './responsiveness';
export * from './statutory';
export type * from './types';

export function maturityModel(variant: ModelVariant): MaturityModel {
  return variant === 'colleges' ? collegesModel : schoolsModel;
}

/** Every row of a model, in the document's order. */
export function modelRows(model: MaturityModel): readonly MaturityRow[] {
  return model.themes.flatMap((theme) => theme.rows);
}

export function findRow(model: MaturityModel, rowId: string): MaturityRow | undefined {
  return modelRows(model).find((row) => row.id === rowId);
}

// Titles are compared loosely because the two documents differ in apostrophes only ("Leaders’" / "Leaders'").
const looseTitle = (title: string): string => title.replace(/[’‘]/g, "'").toLowerCase();

/** What a row is for, and whose words they are. */
export interface RowPurpose {
  readonly text: string;
  /** The model whose change log gives the purpose: only the schools model (seed 002, Appendix 1) has one. */
  readonly source: ModelVariant;
  /** True when a colleges row shows the schools model's purpose: the views must say so. */
  readonly borrowed: boolean;
}

/**
 * What a row is for. Only the schools model has a change log (Appendix 1 of seed 002); a colleges row borrows the
 * schools row's purpose when it is the same row (same number and title), marked as borrowed, and has none otherwise.
 */
export function rowPurpose(row: MaturityRow): RowPurpose | undefined {
  if (row.purpose) return { text: row.purpose, source: row.purposeSource ?? 'schools', borrowed: false };
  // Checked against the schools model, so the review's code holds the colleges model only for a college.
  if (modelRows(schoolsModel).includes(row)) return undefined;
  const schoolsRow = findRow(schoolsModel, row.id);
  return schoolsRow?.purpose && looseTitle(schoolsRow.title) === looseTitle(row.title)
    ? { text: schoolsRow.purpose, source: 'schools', borrowed: true }
    : undefined;
}
