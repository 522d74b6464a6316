import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { type ReactNode, useMemo } from 'react';

import { stages } from '../../domain/catalogue/provision';
import { useTableStyles } from '../common/table-styles';
import { ActivityCard } from './activity-card';
import { activitiesByCell, GRID_CAPTION, GridHead, type MapGridProps, NoActivity, StageName, useGridStyles } from './map-grid-parts';
import { VirtualMapGrid } from './map-grid-virtual';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/**
 * A map larger than this is drawn a screenful at a time (5,000 activities as one table was 25,000 elements and a
 * freeze of half a second or more); a school's map of tens to a few hundred activities is drawn whole.
 */
export const VIRTUAL_FROM = 400;

/**
 * The provision map as Appendix 1 lays it out: stages down, year groups across, each activity a card tinted by
 * its first category and naming its categories in words. Editors open an activity by its card.
 */
export function MapGrid(props: MapGridProps): ReactNode {
  return props.activities.length > VIRTUAL_FROM ? <VirtualMapGrid {...props} /> : <WholeMapGrid {...props} />;
}

function WholeMapGrid(props: MapGridProps): ReactNode {
  const styles = useStyles();
  const grid = useGridStyles();
  const t = useTableStyles();
  const cellOf = useMemo(() => activitiesByCell(props.activities), [props.activities]);
  const onOpen = props.canEdit ? props.onOpen : undefined;
  return (
    <div className={t.scroll}>
      <table className={t.table}>
        <caption className={t.caption}>{GRID_CAPTION}</caption>
        <GridHead yearGroups={props.yearGroups} />
        <tbody>
          {stages.map((stage) => (
            <tr key={stage.id}>
              <th scope="row" className={mergeClasses(t.cell, grid.stage)}>
                <StageName stage={stage} />
              </th>
              {props.yearGroups.map((y) => {
                const here = cellOf(stage.id, y);
                return (
                  <td key={y} className={mergeClasses(t.cell, grid.cell)}>
                    {here.length ? (
                      <ul className={styles.list}>
                        {here.map((v) => (
                          <li key={v.value.id}>
                            <ActivityCard activity={v} onOpen={onOpen} />
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <NoActivity />
                    )}
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
