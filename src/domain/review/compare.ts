import type { ColumnNumber, MaturityModel, MaturityRow, MaturityTheme } from '../catalogue/types';
import { bestFitsByRow } from './indexes';
import { rowsWithThemes } from './model-rows';
import type { AgreedBestFit } from './types';

/**
 * How a row moved since the previous review:
 * - 'up' / 'down' / 'same': agreed both times, compared by column;
 * - 'new': agreed now but not last time (for example a row added to the model since);
 * - 'not-agreed': no agreed best fit in this review yet, whatever happened last time.
 */
export type RowChange = 'up' | 'down' | 'same' | 'new' | 'not-agreed';

export interface RowComparison {
  readonly row: MaturityRow;
  readonly theme: MaturityTheme;
  readonly change: RowChange;
  readonly current?: ColumnNumber;
  readonly previous?: ColumnNumber;
}

export interface ThemeComparison {
  readonly theme: MaturityTheme;
  readonly counts: Readonly<Record<RowChange, number>>;
}

export interface ReviewComparison {
  readonly rows: readonly RowComparison[];
  readonly themes: readonly ThemeComparison[];
  /** Rows agreed last time that the current model no longer has (so they cannot be compared). */
  readonly droppedRowIds: readonly string[];
}

/** Row by row change between two reviews of the same institution against the same model variant. */
export function compareReviews(
  model: MaturityModel,
  current: readonly AgreedBestFit[],
  previous: readonly AgreedBestFit[],
): ReviewComparison {
  const now = bestFitsByRow(current);
  const before = bestFitsByRow(previous);
  const rows: RowComparison[] = rowsWithThemes(model).map(({ row, theme }) => {
    const c = now.get(row.id)?.column;
    const p = before.get(row.id)?.column;
    const columns = { ...(c !== undefined ? { current: c } : {}), ...(p !== undefined ? { previous: p } : {}) };
    return { row, theme, change: changeOf(c, p), ...columns };
  });
  const themes = model.themes.map((theme) => {
    const counts: Record<RowChange, number> = { up: 0, down: 0, same: 0, new: 0, 'not-agreed': 0 };
    for (const r of rows) if (r.theme.id === theme.id) counts[r.change] += 1;
    return { theme, counts };
  });
  const inModel = new Set(rows.map((r) => r.row.id));
  const droppedRowIds = [...before.keys()].filter((id) => !inModel.has(id));
  return { rows, themes, droppedRowIds };
}

function changeOf(current: ColumnNumber | undefined, previous: ColumnNumber | undefined): RowChange {
  if (current === undefined) return 'not-agreed';
  if (previous === undefined) return 'new';
  if (current > previous) return 'up';
  if (current < previous) return 'down';
  return 'same';
}
