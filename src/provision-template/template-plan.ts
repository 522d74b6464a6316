import { leaversProfileExamples, leaversProfileHeadings, type StageId } from '../domain/catalogue';
import type { Activity } from '../domain/provision-map/types';
import { rangeAddress } from './a1';
import type { TemplateCatalogue } from './catalogue';
import { columnIndexOf, templateColumns, templateHeaders, textColumnIds } from './columns';
import { listSource, templateLists } from './lists';
import { mapSheet } from './map-sheet';
import { outcomesSheet } from './outcomes-sheet';
import type { SheetPlan, SheetValidation, WorkbookPlan } from './plan';
import { activityToRow } from './row-values';
import { activitiesTableName, sheetNames, tableHeaderRow, xlsxValidationRows } from './sheets';
import { emptySnapshot, snapshotToRows, type SyncSnapshot } from './sync/snapshot';

export interface TemplateContent {
  readonly catalogue: TemplateCatalogue;
  readonly activities: readonly Activity[];
  readonly stageOutcomes: Readonly<Record<StageId, readonly string[]>>;
  readonly snapshot?: SyncSnapshot;
  readonly drawnOn?: string;
}

const titleStyle = { bold: true, size: 14 } as const;
const headingStyle = { bold: true, fill: '1F3864', fontColour: 'FFFFFF' } as const;

/** The whole template: Activities, Learning outcomes, Map, Leavers profile, and the hidden Lists and sync sheets. */
export function templatePlan(content: TemplateContent): WorkbookPlan {
  return {
    sheets: [
      activitiesSheet(content),
      outcomesSheet(content.catalogue, content.stageOutcomes),
      mapSheet(
        {
          activities: content.activities,
          yearGroups: content.catalogue.yearGroups,
          stageOutcomes: content.stageOutcomes,
          ...(content.drawnOn ? { drawnOn: content.drawnOn } : {}),
        },
        content.catalogue,
      ),
      leaversSheet(),
      listsSheet(content.catalogue),
      syncSheet(content.snapshot ?? emptySnapshot),
    ],
  };
}

/** The table's body rows that carry drop-downs: enough for the rows written and room to add more. */
const preparedRowCount = (rows: number): number => Math.max(xlsxValidationRows, rows + 100);

function activitiesSheet(content: TemplateContent): SheetPlan {
  const rows = content.activities.map((a) => activityToRow(a, content.catalogue));
  const prepared = preparedRowCount(rows.length);
  const columnRange = (column: number): string => rangeAddress(tableHeaderRow + 1, column, prepared, 1);
  const validations: SheetValidation[] = templateColumns.flatMap((c, i): SheetValidation[] => {
    if (c.id === 'key') {
      return [{ kind: 'locked', range: columnRange(i), message: 'Waypoint sets the key: it links this row to the activity on the team’s site.' }];
    }
    return c.list ? [{ kind: 'list', range: columnRange(i), source: listSource(c.list, content.catalogue), strict: !c.multi, prompt: c.prompt }] : [];
  });
  return {
    name: sheetNames.activities,
    visibility: 'visible',
    blocks: [
      { row: 0, column: 0, values: [['Provision map: activities']], style: titleStyle },
      {
        row: 1,
        column: 0,
        values: [['One row per activity. Pick from the drop-downs; Waypoint fills in the Key when you publish to the team’s site.']],
        style: { italic: true },
      },
      // Table styles are Excel's; spelling the header's look out keeps it in other spreadsheet programs too.
      { row: tableHeaderRow, column: 0, values: [templateHeaders], style: headingStyle },
    ],
    table: {
      name: activitiesTableName,
      row: tableHeaderRow,
      column: 0,
      headers: templateHeaders,
      rows,
      widths: templateColumns.map((c) => c.width),
      textColumns: textColumnIds.map(columnIndexOf),
      greyColumns: [columnIndexOf('key')],
      preparedRows: prepared,
    },
    validations,
    freezeRows: tableHeaderRow + 1,
  };
}

function leaversSheet(): SheetPlan {
  const blankRows = 8;
  const examples = Math.max(...leaversProfileHeadings.map((h) => leaversProfileExamples[h.id].length));
  return {
    name: sheetNames.leaversProfile,
    visibility: 'visible',
    columnWidths: [50, 50, 50],
    blocks: [
      { row: 0, column: 0, values: [['Learners as leavers profile']], style: titleStyle },
      { row: 1, column: 0, values: [['End of Year 11 or Year 13: what learners will know, be able to do and how they will behave as they leave.']], style: { italic: true } },
      { row: 3, column: 0, values: [leaversProfileHeadings.map((h) => h.name)], style: headingStyle },
      { row: 4, column: 0, values: Array.from({ length: blankRows }, () => leaversProfileHeadings.map(() => null)), style: { wrap: true } },
      { row: 5 + blankRows, column: 0, values: [['Example: Alex’s profile (seed guidance, Activity 2)']], style: { bold: true } },
      {
        row: 6 + blankRows,
        column: 0,
        values: Array.from({ length: examples }, (_, i) => leaversProfileHeadings.map((h) => leaversProfileExamples[h.id][i] ?? null)),
        style: { italic: true, wrap: true, fontColour: '595959' },
      },
    ],
  };
}

function listsSheet(catalogue: TemplateCatalogue): SheetPlan {
  const lists = templateLists(catalogue);
  const height = Math.max(...lists.map((l) => l.values.length));
  return {
    name: sheetNames.lists,
    visibility: 'hidden',
    columnWidths: lists.map(() => 30),
    blocks: [
      { row: 0, column: 0, values: [lists.map((l) => l.heading)], style: { bold: true } },
      { row: 1, column: 0, values: Array.from({ length: height }, (_, i) => lists.map((l) => l.values[i] ?? null)) },
    ],
  };
}

/** The last-synced snapshot, out of sight (very hidden: not even in Excel's Unhide list). */
export function syncSheet(snapshot: SyncSnapshot): SheetPlan {
  return { name: sheetNames.sync, visibility: 'veryHidden', blocks: [{ row: 0, column: 0, values: snapshotToRows(snapshot) }] };
}
