import type { MaturityModel, MaturityRow, MaturityTheme } from '../catalogue/types';

/** A maturity row with the theme it sits in, so rules can give theme context without a second lookup. */
export interface RowInTheme {
  readonly row: MaturityRow;
  readonly theme: MaturityTheme;
  /** Position in the model (themes in order, rows in order): the tie-breaker everywhere. */
  readonly index: number;
}

/** Every row of the model in the document's order. */
export function rowsWithThemes(model: MaturityModel): RowInTheme[] {
  const out: RowInTheme[] = [];
  for (const theme of model.themes) {
    for (const row of theme.rows) out.push({ row, theme, index: out.length });
  }
  return out;
}
