import { Body1, Field, Input, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState, useSyncExternalStore } from 'react';

import { parseCellAddress } from '../../provision-template/a1';
import type { CellValue } from '../../provision-template/plan';
import { sheetNames } from '../../provision-template/sheets';
import type { DemoView } from '../../host/excel/memory-workbook-gateway';

/** What the grid needs of the in-memory workbook. */
export interface DemoWorkbook {
  subscribe(listener: () => void): () => void;
  getView(): DemoView;
  selectTableCell(index: number, column: number): void;
  typeInTableCell(index: number, column: number, text: string): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, '& > h2, & > p': { margin: 0 } },
  scroller: { overflow: 'auto', maxHeight: '70vh', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  header: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, padding: '2px 6px', textAlign: 'left', whiteSpace: 'nowrap' },
  rowHeader: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2, padding: '2px 6px', textAlign: 'right' },
  corner: { position: 'sticky', top: 0, zIndex: 1 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    maxWidth: '14em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    cursor: 'cell',
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  highlighted: { backgroundColor: tokens.colorPaletteYellowBackground2 },
});

const text = (value: CellValue | undefined): string => (value === null || value === undefined ? '' : typeof value === 'object' ? value.formula : String(value));

/**
 * The plain-browser stand-in for Excel: the in-memory Activities table as a grid. Click a cell (or move with the
 * arrow keys) to move the selection, and type in the cell bar to change it; the pane reacts as it would in Excel.
 */
export function DemoWorkbookView(props: { workbook: DemoWorkbook }): ReactNode {
  const styles = useStyles();
  const view = useSyncExternalStore(props.workbook.subscribe, props.workbook.getView);
  const grid = useRef<HTMLTableElement>(null);
  const root = useRef<HTMLElement>(null);
  const selected = view.selection?.sheet === sheetNames.activities ? { index: view.selection.row - view.headerRowNumber, column: view.selection.column } : null;
  const [draft, setDraft] = useState('');
  const rowCount = view.rows.length + 1; // one blank row below the table starts a new activity

  const highlightedRows = new Set(
    view.highlighted?.sheet === sheetNames.activities ? view.highlighted.ranges.map((r) => (parseCellAddress(r)?.row ?? -1) - view.headerRowNumber) : [],
  );
  useEffect(() => setDraft(selected ? text(view.rows[selected.index]?.[selected.column]) : ''), [selected?.index, selected?.column, view]);

  const move = (index: number, column: number): void => {
    const i = Math.min(Math.max(index, 0), rowCount - 1);
    const c = Math.min(Math.max(column, 0), view.headers.length - 1);
    props.workbook.selectTableCell(i, c);
    requestAnimationFrame(() => {
      // Focus follows the selection only while the person is in the grid or its cell bar: a frame that lands after
      // they moved on (to a gap's "Show rows", say) must not pull focus back and reselect the old cell.
      if (!root.current?.contains(document.activeElement)) return;
      grid.current?.querySelector<HTMLElement>(`[data-cell="${i}:${c}"]`)?.focus();
    });
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (!selected) return;
    const step: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const delta = step[event.key];
    if (!delta) return;
    event.preventDefault();
    move(selected.index + delta[0], selected.column + delta[1]);
  };

  return (
    <section ref={root} className={styles.root} aria-label="Demo workbook">
      <Subtitle2 as="h2">Demo workbook</Subtitle2>
      <Body1 as="p">The Activities sheet of a workbook kept in this page: click a cell, or use the arrow keys, and type in the cell bar.</Body1>
      <Field label={selected ? `Cell bar: ${view.headers[selected.column] ?? ''}, row ${view.headerRowNumber + selected.index + 1}` : 'Cell bar'}>
        <Input
          value={draft}
          disabled={!selected}
          onChange={(_, data) => setDraft(data.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && selected) {
              props.workbook.typeInTableCell(selected.index, selected.column, draft.trim());
              move(selected.index + 1, selected.column);
            }
          }}
        />
      </Field>
      <div className={styles.scroller}>
        <table ref={grid} className={styles.table} role="grid" aria-label="Activities sheet" onKeyDown={onKeyDown}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.rowHeader, styles.corner)} scope="col">
                Row
              </th>
              {view.headers.map((h) => (
                <th key={h} className={styles.header} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rowCount }, (_, index) => (
              <tr key={index} className={highlightedRows.has(index) ? styles.highlighted : undefined}>
                <th className={styles.rowHeader} scope="row">
                  {view.headerRowNumber + index + 1}
                </th>
                {view.headers.map((h, column) => {
                  const isSelected = selected?.index === index && selected.column === column;
                  const first = !selected && index === 0 && column === 0;
                  return (
                    <td
                      key={h}
                      role="gridcell"
                      data-cell={`${index}:${column}`}
                      aria-selected={isSelected}
                      tabIndex={isSelected || first ? 0 : -1}
                      className={mergeClasses(styles.cell, isSelected && styles.selected)}
                      onClick={() => move(index, column)}
                      onFocus={() => (isSelected ? undefined : move(index, column))}
                    >
                      {text(view.rows[index]?.[column])}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
