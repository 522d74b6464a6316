import type { Finding } from '../../domain/findings';
import { rangeAddress } from '../../provision-template/a1';
import { templateColumns } from '../../provision-template/columns';
import { mapFirstYearColumn, mapHeaderRow } from '../../provision-template/map-sheet';
import { sheetNames } from '../../provision-template/sheets';
import type { PaneRead } from './pane-read';

export interface CellTargets {
  readonly sheet: string;
  readonly ranges: readonly string[];
  /** Said to the person beside the button: which rows, or why the map. */
  readonly description: string;
}

/**
 * The cells a finding is about. Its activities' rows when it names some; otherwise the rows in its stage and year
 * group (where the missing kind of activity would go); and when there are none, the year's column on the Map sheet.
 */
export function findingTargets(finding: Finding, pane: PaneRead): CellTargets {
  const header = pane.workbook.headerRowNumber;
  const rowRange = (index: number): string => rangeAddress(header + index, 0, 1, templateColumns.length);
  const byId = new Map(pane.template.rows.map((r) => [r.activity.id, r]));
  let rows = finding.activityIds.flatMap((id) => byId.get(id) ?? []);
  if (rows.length === 0) {
    rows = pane.template.rows.filter((r) =>
      finding.cells.some((c) => (c.stage === undefined || c.stage === r.activity.stage) && (c.yearGroup === undefined || c.yearGroup === r.activity.yearGroup)),
    );
  }
  if (rows.length > 0) {
    const numbers = rows.map((r) => r.rowNumber);
    return {
      sheet: sheetNames.activities,
      ranges: rows.map((r) => rowRange(r.index)),
      description: numbers.length === 1 ? `row ${numbers[0]}` : `rows ${numbers.slice(0, 6).join(', ')}${numbers.length > 6 ? '…' : ''}`,
    };
  }
  const years = [...new Set(finding.cells.flatMap((c) => (c.yearGroup ? [c.yearGroup] : [])))];
  const columns = years.map((y) => pane.map.yearGroups.indexOf(y)).filter((i) => i >= 0);
  return {
    sheet: sheetNames.map,
    ranges: columns.length > 0 ? columns.map((i) => rangeAddress(mapHeaderRow, mapFirstYearColumn + i, 1, 1)) : [rangeAddress(mapHeaderRow, 0, 1, 1)],
    description: 'the Map sheet',
  };
}
