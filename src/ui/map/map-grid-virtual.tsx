import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useLayoutEffect, useMemo, useRef, useState } from 'react';

import { useTableStyles } from '../common/table-styles';
import { GRID_CAPTION, GridHead, type MapGridProps, useGridStyles } from './map-grid-parts';
import { MapLine } from './map-line';
import { linesOf } from './map-lines';

const useStyles = makeStyles({
  // Fixed columns, so the widths do not jump as lines come and go while scrolling.
  table: { minWidth: 'calc(9em + 7 * 8em)' },
  spacer: { padding: 0, border: 'none' },
});

/** A line's estimated height before it is measured: one card of two or three lines of text. */
const ESTIMATED_LINE_PX = 64;
/** The screen's height assumed when there is no window to ask (rendering on a server, in tests). */
const FIRST_SCREEN_PX = 800;

/**
 * A very large map, drawn a screenful at a time as the page scrolls: the same table (caption, column headers, each
 * line headed by its stage), with its full size told to screen readers (aria-rowcount, aria-rowindex). Tabbing
 * from card to card scrolls the next into view, and the lines beyond it are drawn before they are reached.
 */
export function VirtualMapGrid(props: MapGridProps): ReactNode {
  const styles = useStyles();
  const grid = useGridStyles();
  const t = useTableStyles();
  const lines = useMemo(() => linesOf(props.yearGroups, props.activities), [props.yearGroups, props.activities]);
  const body = useRef<HTMLTableSectionElement>(null);
  // Where the table's body starts on the page: the virtualiser counts the window's scroll from there.
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const measure = (): void => setOffset((body.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: lines.length,
    estimateSize: () => ESTIMATED_LINE_PX,
    overscan: 6,
    scrollMargin: offset,
    // The first screenful is drawn on the first render, before the window is measured.
    initialRect: { width: 0, height: typeof window === 'undefined' ? FIRST_SCREEN_PX : window.innerHeight },
    // Lines coming into view are drawn in React's own time, not synchronously inside each scroll event.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - offset : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items.at(-1)!.end - offset) : 0;
  const columns = props.yearGroups.length + 1;
  const onOpen = props.canEdit ? props.onOpen : undefined;
  const spacer = (height: number): ReactNode =>
    height > 0 ? (
      <tr aria-hidden="true">
        <td colSpan={columns} className={styles.spacer} style={{ height }} />
      </tr>
    ) : null;

  return (
    <div className={t.scroll}>
      <table className={mergeClasses(t.table, t.fixed, styles.table)} aria-rowcount={lines.length + 1} aria-colcount={columns}>
        <caption className={t.caption}>{GRID_CAPTION}</caption>
        <colgroup>
          <col className={grid.stage} />
          {props.yearGroups.map((y) => (
            <col key={y} />
          ))}
        </colgroup>
        <GridHead yearGroups={props.yearGroups} rowIndex={1} />
        <tbody ref={body}>
          {spacer(before)}
          {items.map((item) => (
            <MapLine key={item.key} index={item.index} line={lines[item.index]!} yearGroups={props.yearGroups} onOpen={onOpen} measure={virtualizer.measureElement} />
          ))}
          {spacer(after)}
        </tbody>
      </table>
    </div>
  );
}
