import { isFormulaLike } from '../validation/fields';

/**
 * Text to write into a workbook cell so Excel shows it as typed and never runs it: a leading apostrophe makes
 * "=SUM(A1)", "+44…", "-Careers fair" or "@home" text (Excel hides the apostrophe). Imported values are kept as text
 * in Waypoint; this is for the day one is written back to a sheet.
 */
export function workbookSafeText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
