import type { MaturityModel, MaturityRow, MaturityTheme } from '../catalogue/types';
import { rowsWithThemes } from './model-rows';
import { reflectionSpread, type ReflectionSpread } from './spread';
import type { Participant, Reflection } from './types';

export type AgendaOrder = 'disagreement' | 'theme';

export interface AgendaItem {
  readonly row: MaturityRow;
  readonly theme: MaturityTheme;
  readonly spread: ReflectionSpread;
}

/**
 * The rows to discuss in the meeting, each with its spread of reflections.
 *
 * 'disagreement': widest disagreement first (see `ReflectionSpread.disagreement`); equal scores put the row with
 * more "not sure" answers first (uncertainty also needs talking through); anything still equal keeps the model's
 * order, so the agenda never shuffles between renders.
 * 'theme': the model's own order, theme by theme.
 */
export function meetingAgenda(
  model: MaturityModel,
  reflections: readonly Reflection[],
  participants: readonly Participant[],
  order: AgendaOrder,
): AgendaItem[] {
  const items = rowsWithThemes(model).map(({ row, theme, index }) => ({
    row,
    theme,
    index,
    spread: reflectionSpread(row, reflections, participants),
  }));
  if (order === 'disagreement') {
    items.sort(
      (a, b) =>
        b.spread.disagreement - a.spread.disagreement || b.spread.notSure - a.spread.notSure || a.index - b.index,
    );
  }
  return items.map(({ row, theme, spread }) => ({ row, theme, spread }));
}
