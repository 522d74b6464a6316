import type { ColumnNumber, MaturityModel, MaturityRow, MaturityTheme } from '../catalogue/types';
import { bestFitsByRow } from './indexes';
import { rowsWithThemes } from './model-rows';
import type { AgreedBestFit } from './types';

export interface RatedRow {
  readonly row: MaturityRow;
  readonly theme: MaturityTheme;
  readonly column: ColumnNumber;
}

export interface ThemeHighlights {
  readonly theme: MaturityTheme;
  readonly strengths: number;
  readonly priorities: number;
}

export interface StrengthsAndPriorities {
  /** Rows at the highest agreed column, when that column is 3 or 4. */
  readonly strengths: readonly RatedRow[];
  /** Rows at the lowest agreed column, when that column is 1 or 2. */
  readonly priorities: readonly RatedRow[];
  /** The column strengths were drawn from (absent when there are none). */
  readonly strengthColumn?: ColumnNumber;
  /** The column priorities were drawn from (absent when there are none). */
  readonly priorityColumn?: ColumnNumber;
  /** How many of each fall in every theme, in model order. */
  readonly byTheme: readonly ThemeHighlights[];
}

/**
 * The snapshot of strengths and priority areas a leadership team takes from a review (seed 002, "Recording and
 * using outcomes").
 *
 * Strengths are the rows agreed at the highest column reached, provided it is "routine and consistent" (3) or
 * better: column 4 rows if there are any, otherwise column 3 rows. A row at 1 or 2 is never called a strength.
 * Priorities are the rows agreed at the lowest column reached, provided it is 1 or 2: column 1 rows if there are
 * any, otherwise column 2 rows. Taking one band each keeps the lists short enough to act on; a setting with every
 * row at 3 or above has no priority rows, only next steps. Rows not yet agreed are in neither list.
 */
export function strengthsAndPriorities(
  model: MaturityModel,
  bestFits: readonly AgreedBestFit[],
): StrengthsAndPriorities {
  const agreed = bestFitsByRow(bestFits);
  const rated: RatedRow[] = [];
  for (const { row, theme } of rowsWithThemes(model)) {
    const fit = agreed.get(row.id);
    if (fit) rated.push({ row, theme, column: fit.column });
  }
  const columns = rated.map((r) => r.column);
  const highest = columns.length ? (Math.max(...columns) as ColumnNumber) : undefined;
  const lowest = columns.length ? (Math.min(...columns) as ColumnNumber) : undefined;
  const strengthColumn = highest !== undefined && highest >= 3 ? highest : undefined;
  const priorityColumn = lowest !== undefined && lowest <= 2 ? lowest : undefined;

  const strengths = rated.filter((r) => r.column === strengthColumn);
  const priorities = rated.filter((r) => r.column === priorityColumn);
  const byTheme = model.themes.map((theme) => ({
    theme,
    strengths: strengths.filter((r) => r.theme.id === theme.id).length,
    priorities: priorities.filter((r) => r.theme.id === theme.id).length,
  }));
  return {
    strengths,
    priorities,
    ...(strengthColumn !== undefined ? { strengthColumn } : {}),
    ...(priorityColumn !== undefined ? { priorityColumn } : {}),
    byTheme,
  };
}
