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

/**
 * What a row is for. Only the schools model has a change log (Appendix 1 of seed 002); a college row
 * borrows the schools row's purpose when it is the same row (same number and title), and has none otherwise.
 */
export function rowPurpose(row: MaturityRow): string | undefined {
  if (row.purpose) return row.purpose;
  const schoolsRow = findRow(schoolsModel, row.id);
  return schoolsRow && looseTitle(schoolsRow.title) === looseTitle(row.title) ? schoolsRow.purpose : undefined;
}
