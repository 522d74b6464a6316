import type { StageId } from '../domain/catalogue';
import { maxOutcomesPerStage } from '../domain/catalogue';
import { yearLabel } from '../domain/provision-map/labels';
import type { Activity } from '../domain/provision-map/types';
import type { TemplateCatalogue } from './catalogue';
import { categoryFill } from './category-colours';
import type { CellBlock, SheetPlan } from './plan';
import { sheetNames } from './sheets';

export interface MapContent {
  readonly activities: readonly Activity[];
  readonly yearGroups: readonly string[];
  readonly stageOutcomes: Readonly<Record<StageId, readonly string[]>>;
  /** "3 March 2026": when the map was drawn. */
  readonly drawnOn?: string;
}

/** The map's header row (0-based) and the column of its first year group: findings point at these cells. */
export const mapHeaderRow = 3;
export const mapFirstYearColumn = 2;
const HEADER_ROW = mapHeaderRow;
const headerStyle = { bold: true, fill: '1F3864', fontColour: 'FFFFFF' } as const;

/**
 * The Map sheet in the layout of seed 000's Appendix 1: stages down, each with its (up to five) learning outcomes,
 * year groups across, and the activities of each stage and year group stacked in its cell, each coloured by its
 * first category, with a legend below. Drawn from the Activities sheet on demand, never read back.
 */
export function mapSheet(content: MapContent, catalogue: TemplateCatalogue): SheetPlan {
  const blocks: CellBlock[] = [
    { row: 0, column: 0, values: [['Provision map']], style: { bold: true, size: 14 } },
    {
      row: 1,
      column: 0,
      values: [[`Drawn from the Activities sheet${content.drawnOn ? ` on ${content.drawnOn}` : ''}. Colours show each activity’s category (legend below). Redraw it from the Waypoint pane after changes.`]],
      style: { italic: true },
    },
    {
      row: HEADER_ROW,
      column: 0,
      values: [['Stage', 'Learning outcomes', ...content.yearGroups.map(yearLabel)]],
      style: headerStyle,
    },
  ];

  let row = HEADER_ROW + 1;
  for (const stage of catalogue.stages) {
    const inStage = content.activities.filter((a) => a.stage === stage.id);
    const perYear = content.yearGroups.map((y) => inStage.filter((a) => a.yearGroup === y));
    const height = Math.max(maxOutcomesPerStage, ...perYear.map((list) => list.length));
    blocks.push({
      row,
      column: 0,
      values: [[stage.name], ...Array.from({ length: height - 1 }, () => [null])],
      style: { bold: true, fill: 'D9E1F2', wrap: true },
      merge: true,
    });
    const chosen = content.stageOutcomes[stage.id] ?? [];
    blocks.push({
      row,
      column: 1,
      values: Array.from({ length: maxOutcomesPerStage }, (_, i) => {
        const outcome = catalogue.outcomes.find((o) => o.id === chosen[i]);
        return [outcome ? `${i + 1} ${outcome.id} ${outcome.text}` : `${i + 1}`];
      }),
      style: { wrap: true },
    });
    perYear.forEach((list, y) =>
      list.forEach((activity, i) =>
        blocks.push({
          row: row + i,
          column: mapFirstYearColumn + y,
          values: [[activity.title]],
          style: { fill: categoryFill(activity.categories[0]), wrap: true },
        }),
      ),
    );
    row += height + 1;
  }

  blocks.push({ row, column: 0, values: [['Legend']], style: { bold: true } });
  catalogue.categories.forEach((category, i) =>
    blocks.push({ row: row + 1 + i, column: 0, values: [[category.name]], style: { fill: categoryFill(category.id) } }),
  );

  return {
    name: sheetNames.map,
    visibility: 'visible',
    columnWidths: [26, 48, ...content.yearGroups.map(() => 28)],
    blocks,
    freezeRows: HEADER_ROW + 1,
    // Three lines of wrapped text per activity; spreadsheet programs do not all grow rows to fit on opening.
    rowHeights: { from: HEADER_ROW + 1, count: row - HEADER_ROW - 1, points: 45 },
  };
}
