/**
 * The Excel pane after an edit, on a 5,000-activity workbook: `npx tsx tools/bench/pane.ts`.
 * Through the Office.js gateway over office-addin-mock objects that count `context.sync`, a title is changed in
 * place and the pane reads and analyses the workbook again, as it does after a person types:
 * - pane re-analysis after an edit (the pane's path: only the edited row is read and read again; the gaps are
 *   recomputed over the whole map, which is pure and quick), with its context.sync calls;
 * - for comparison, the whole re-read and re-analysis the pane did before (186 ms on 2026-12-01).
 * Median of 7 edits each, after one warm-up.
 */
import { performance } from 'node:perf_hooks';

import { OfficeWorkbookGateway } from '../../src/host/excel/office-workbook-gateway';
import { cellAddress } from '../../src/provision-template/a1';
import { columnIndexOf } from '../../src/provision-template/columns';
import type { RowMemo } from '../../src/provision-template/read-rows';
import { sheetNames } from '../../src/provision-template/sheets';
import { readEdited } from '../../src/ui/taskpane/edited-rows';
import { interpretRead, type PaneRead } from '../../src/ui/taskpane/pane-read';
import { activities, catalogue, planWith } from '../testing/excel-fixtures';
import { mockRun, mockWorkbook } from '../testing/office-mock-workbook';
import { type Figure, printFigures } from './report';

const ACTIVITIES = 5000;
const EDITS = 7;
const newKey = (): string => 'new';

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (ms: number): number => Math.round(ms * 10) / 10;

export async function runPaneEditBench(): Promise<Figure[]> {
  const workbook = mockWorkbook();
  const gateway = new OfficeWorkbookGateway({ run: mockRun(workbook), catalogue, multiAreaSelect: false });
  await gateway.createTemplate(planWith(activities(ACTIVITIES)));
  const memo: RowMemo = new WeakMap();
  let pane: PaneRead = interpretRead((await gateway.readWorkbook())!, catalogue, newKey, memo);
  const title = columnIndexOf('title');

  /** Types a new title into a body row, as a person would, and says where Excel reports the change. */
  const edit = (i: number): { sheet: string; address: string } => {
    const index = (i * 733) % ACTIVITIES;
    const row = pane.workbook.headerRowNumber + index; // 0-based sheet row of body row `index`
    workbook.sheets.get(sheetNames.activities)!.cells.set(`${row}:${title}`, { value: `Edited activity ${i}` });
    return { sheet: sheetNames.activities, address: cellAddress(row, title) };
  };

  const incremental: number[] = [];
  let syncs = 0;
  for (let i = 0; i <= EDITS; i++) {
    const change = edit(i);
    workbook.syncs = 0;
    const start = performance.now();
    const edited = await readEdited(gateway, pane.workbook, [change]);
    if (!edited) throw new Error('The edit was not read as an edit in place.');
    pane = interpretRead(edited, catalogue, newKey, memo);
    if (i > 0) incremental.push(performance.now() - start);
    syncs = workbook.syncs;
  }
  if (pane.template.rows.length !== ACTIVITIES || pane.template.problems.length > 0) throw new Error('The workbook did not read back whole.');

  const whole: number[] = [];
  for (let i = 0; i <= EDITS; i++) {
    edit(EDITS + 1 + i);
    const start = performance.now();
    interpretRead((await gateway.readWorkbook())!, catalogue, newKey);
    if (i > 0) whole.push(performance.now() - start);
  }

  return [
    { name: 'pane re-analysis after an edit', value: round(median(incremental)), unit: 'ms', atMost: 50, note: `${ACTIVITIES.toLocaleString('en-GB')} activities, median of ${EDITS}` },
    { name: 'pane context.sync calls after an edit', value: syncs, unit: 'syncs', atMost: 1 },
    { name: 'pane whole re-read and analysis', value: round(median(whole)), unit: 'ms', note: 'what every edit cost before; now only when rows are added or removed' },
  ];
}

printFigures(`Excel pane after an edit (${ACTIVITIES.toLocaleString('en-GB')} activities, Office.js gateway over office-addin-mock)`, await runPaneEditBench());
