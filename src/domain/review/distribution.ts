import type { ColumnNumber, MaturityModel, MaturityTheme } from '../catalogue/types';
import { bestFitsByRow } from './indexes';
import type { AgreedBestFit } from './types';

export interface ThemeDistribution {
  readonly theme: MaturityTheme;
  /** Rows agreed at each column. */
  readonly counts: Readonly<Record<ColumnNumber, number>>;
  /** Rows with no agreed best fit yet. */
  readonly notAgreed: number;
  readonly total: number;
}

/** Per theme, how many rows were agreed at each column: the bars of the review snapshot. */
export function themeDistribution(model: MaturityModel, bestFits: readonly AgreedBestFit[]): ThemeDistribution[] {
  const agreed = bestFitsByRow(bestFits);
  return model.themes.map((theme) => {
    const counts: Record<ColumnNumber, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
    let notAgreed = 0;
    for (const row of theme.rows) {
      const fit = agreed.get(row.id);
      if (fit) counts[fit.column] += 1;
      else notAgreed += 1;
    }
    return { theme, counts, notAgreed, total: theme.rows.length };
  });
}
