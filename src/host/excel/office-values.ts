import { isFormulaLike } from '../../domain/validation/fields';
import { type CellValue, isFormula } from '../../provision-template/plan';
import type { RawCell } from '../../provision-template/raw-cell';

/**
 * A plan value as Office.js must be given it. Excel runs any assigned text that begins with =, +, - or @ as a
 * formula; a leading apostrophe makes it text (Excel keeps the apostrophe as the cell's "quote prefix" and does not
 * show it). Text already beginning with an apostrophe gets one more, or Excel would swallow the person's own.
 */
export function toOfficeValue(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (isFormula(value)) return value.formula;
  if (typeof value === 'string' && (isFormulaLike(value) || value.startsWith("'"))) return `'${value}`;
  return value;
}

export const toOfficeRows = (rows: readonly (readonly CellValue[])[]): (string | number | boolean)[][] =>
  rows.map((r) => r.map(toOfficeValue));

/**
 * A cell read from `values` and `formulas`. Text typed as '=… reads back as "=…" from both, so a cell is a formula
 * only where its formula differs from its value.
 */
export function rawCellFromOffice(value: unknown, formula: unknown): RawCell {
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) return { kind: 'formula', formula };
  if (value === '' || value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'string' && /^#(N\/A|REF!|NAME\?|VALUE!|DIV\/0!|NUM!|NULL!|SPILL!|CALC!)$/.test(value)) return { kind: 'error', text: value };
  return { kind: 'text', text: String(value) };
}
