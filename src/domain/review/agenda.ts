import type { MaturityModel, MaturityRow, MaturityTheme } from '../catalogue/types';
import { rowsWithThemes } from './model-rows';
import { reflectionSpread, type ReflectionSpread } from './spread';
import type { Participant, ReflectionEntry } from './types';

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
  reflections: readonly ReflectionEntry[],
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

/**
 * Where the meeting goes after agreeing `rowId`: the next row in agenda order not yet agreed, wrapping round to
 * rows skipped earlier; undefined once every row is agreed.
 */
export function nextRowToDiscuss(
  agenda: readonly AgendaItem[],
  rowId: string,
  agreedRowIds: ReadonlySet<string>,
): AgendaItem | undefined {
  const at = agenda.findIndex((item) => item.row.id === rowId);
  for (let step = 1; step <= agenda.length; step++) {
    const item = agenda[(at + step) % agenda.length]!;
    if (item.row.id !== rowId && !agreedRowIds.has(item.row.id)) return item;
  }
  return undefined;
}
