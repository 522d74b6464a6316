import { Body1, Field, Input, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState, useSyncExternalStore } from 'react';

import { sheetNames } from '../../provision-template/sheets';
import type { DemoView } from '../../host/excel/memory-workbook-gateway';
import { cellText, DemoSheetGrid } from './demo-sheet-grid';

/** What the grid needs of the in-memory workbook. */
export interface DemoWorkbook {
  subscribe(listener: () => void): () => void;
  getView(): DemoView;
  selectTableCell(index: number, column: number): void;
  typeInTableCell(index: number, column: number, text: string): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, '& > h2, & > p': { margin: 0 } },
});

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

  useEffect(() => setDraft(selected ? cellText(view.rows[selected.index]?.[selected.column]) : ''), [selected?.index, selected?.column, view]);

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
      <DemoSheetGrid view={view} selected={selected} rowCount={rowCount} gridRef={grid} onMove={move} onKeyDown={onKeyDown} />
    </section>
  );
}
