import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { KeyboardEvent, ReactNode, Ref } from 'react';

import type { DemoView } from '../../host/excel/memory-workbook-gateway';
import { parseCellAddress } from '../../provision-template/a1';
import type { CellValue } from '../../provision-template/plan';
import { sheetNames } from '../../provision-template/sheets';

const useStyles = makeStyles({
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

/** A cell's value as the sheet shows it: a formula as typed. */
export const cellText = (value: CellValue | undefined): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? value.formula : String(value);

/**
 * The demo workbook's Activities sheet as a grid: the table's rows and one blank row below, the rows the pane last
 * pointed to highlighted. A click or a focus asks `onMove` to select a cell.
 */
export function DemoSheetGrid(props: {
  view: DemoView;
  selected: { index: number; column: number } | null;
  rowCount: number;
  gridRef: Ref<HTMLTableElement>;
  onMove: (index: number, column: number) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}): ReactNode {
  const styles = useStyles();
  const { view, selected, onMove: move } = props;
  const highlightedRows = new Set(
    view.highlighted?.sheet === sheetNames.activities ? view.highlighted.ranges.map((r) => (parseCellAddress(r)?.row ?? -1) - view.headerRowNumber) : [],
  );

  return (
    <div className={styles.scroller}>
      <table ref={props.gridRef} className={styles.table} role="grid" aria-label="Activities sheet" onKeyDown={props.onKeyDown}>
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
          {Array.from({ length: props.rowCount }, (_, index) => (
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
                    {cellText(view.rows[index]?.[column])}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
