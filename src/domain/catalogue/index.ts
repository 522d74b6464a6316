import { collegesModel } from './maturity-colleges';
import { schoolsModel } from './maturity-schools';
import type { MaturityModel, MaturityModelText, MaturityRow, MaturityRowText, ModelVariant } from './types';

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

/** A row's column descriptors and purpose, from its model's text (loaded apart from the outline). */
export function rowText(text: MaturityModelText, row: MaturityRow): MaturityRowText {
  const found = text[row.id];
  if (!found) throw new Error(`The ${row.variant} maturity model's text has no row ${row.id}.`);
  return found;
}

/** What a row is for, and whose words they are. */
export interface RowPurpose {
  readonly text: string;
  /** The model whose change log gives the purpose: only the schools model (seed 002, Appendix 1) has one. */
  readonly source: ModelVariant;
  /** True when a colleges row shows the schools model's purpose: the views must say so. */
  readonly borrowed: boolean;
}

/**
 * What a row is for, from the schools model's text: only the schools model has a change log (Appendix 1 of seed
 * 002). A colleges row borrows the schools row's purpose when it is the same row (same number and title), marked as
 * borrowed, and has none otherwise.
 */
export function rowPurpose(row: MaturityRow, schoolsText: MaturityModelText): RowPurpose | undefined {
  if (row.variant === 'schools') {
    const own = rowText(schoolsText, row).purpose;
    return own ? { text: own, source: 'schools', borrowed: false } : undefined;
  }
  const schoolsRow = findRow(schoolsModel, row.id);
  const borrowed = schoolsRow && looseTitle(schoolsRow.title) === looseTitle(row.title) ? rowText(schoolsText, schoolsRow).purpose : undefined;
  return borrowed ? { text: borrowed, source: 'schools', borrowed: true } : undefined;
}
