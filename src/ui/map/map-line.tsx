import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { memo, type ReactNode } from 'react';

import type { YearGroup } from '../../domain/catalogue/types';
import { useTableStyles } from '../common/table-styles';
import { useVisuallyHidden } from '../common/visually-hidden';
import { ActivityCard } from './activity-card';
import type { Line } from './map-lines';
import { type MapGridProps, NoActivity, StageName, useGridStyles } from './map-grid-parts';

const useStyles = makeStyles({
  // A stage's lines read as one band: no rule between them.
  continues: { borderBottomStyle: 'none' },
  continued: { borderTopStyle: 'none' },
});

/**
 * One line of the virtualised grid. Memoised: as the page scrolls only the lines coming into view are drawn, not
 * every line on screen again (each holds up to seven cards).
 */
export const MapLine = memo(function MapLine(props: {
  index: number;
  line: Line;
  yearGroups: readonly YearGroup[];
  onOpen: MapGridProps['onOpen'] | undefined;
  measure: (element: HTMLTableRowElement | null) => void;
}): ReactNode {
  const styles = useStyles();
  const grid = useGridStyles();
  const t = useTableStyles();
  const hidden = useVisuallyHidden();
  const { line } = props;
  const edges = mergeClasses(line.index > 0 ? styles.continued : undefined, line.last ? undefined : styles.continues);
  return (
    <tr data-index={props.index} ref={props.measure} aria-rowindex={props.index + 2}>
      <th scope="row" className={mergeClasses(t.cell, grid.stage, edges)}>
        {line.index === 0 ? <StageName stage={line.stage} /> : <span className={hidden.hidden}>{line.stage.name}</span>}
      </th>
      {line.cells.map((activity, i) => (
        <td key={props.yearGroups[i]} className={mergeClasses(t.cell, edges)}>
          {activity ? <ActivityCard activity={activity} onOpen={props.onOpen} /> : line.index === 0 && line.empty[i] ? <NoActivity /> : null}
        </td>
      ))}
    </tr>
  );
});
