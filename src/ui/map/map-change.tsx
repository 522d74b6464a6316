import { Body1, makeStyles, mergeClasses, Subtitle1, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import { stages } from '../../domain/catalogue/provision';
import { plural, yearLabel } from '../../domain/provision-map/labels';
import type { Activity } from '../../domain/provision-map/types';
import type { MapChange, MovedActivity } from '../../domain/years/year-on-year';
import { useTableStyles } from '../common/table-styles';
import { stageName } from '../common/provision-names';
import { ChangeList } from './map-change-list';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  up: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteGreenForeground1 },
  nowrap: { whiteSpace: 'nowrap' },
  down: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
});

const where = (a: Activity): string => `${stageName(a.stage)}, ${yearLabel(a.yearGroup)}${a.term ? `, ${a.term}` : ''}`;
const titled = (a: Activity): string => `${a.title} (${where(a)})`;
const placeOf: Record<MovedActivity['changed'][number], (a: Activity) => string> = {
  stage: (a) => stageName(a.stage),
  yearGroup: (a) => yearLabel(a.yearGroup),
  term: (a) => a.term ?? 'no term stated',
};
/** Only what changed: "Meet the provider: Year 10 to Year 9". */
const moveOf = (m: MovedActivity): string => `${m.after.title}: ${m.changed.map((k) => `${placeOf[k](m.before)} to ${placeOf[k](m.after)}`).join(', ')}`;

/**
 * Year on year: what changed in the map since `change.from`, and how many activities each cell had then and has
 * now. Year groups run down and stages across (the grid's transpose), so the table fits the narrow column beside the map.
 */
export function MapChangePanel(props: { readonly change: MapChange; readonly from: AcademicYear; readonly yearGroups: readonly string[] }): ReactNode {
  const styles = useStyles();
  const t = useTableStyles();
  const { change, from } = props;
  const th = mergeClasses(t.cell, t.head);
  const nothing = !change.added.length && !change.dropped.length && !change.moved.length;
  return (
    <section className={styles.section} aria-labelledby="map-change">
      <Subtitle1 as="h2" id="map-change">
        Change since {from}
      </Subtitle1>
      <Body1 as="p">
        {nothing
          ? `The same ${plural(change.kept, 'activity', 'activities')} as in ${from}, in the same places.`
          : `${plural(change.kept, 'activity is', 'activities are')} unchanged since ${from}.`}
      </Body1>
      <ChangeList heading="New" items={change.added} text={titled} />
      <ChangeList heading="Dropped" items={change.dropped} text={titled} />
      <ChangeList heading="Moved" items={change.moved} text={moveOf} />
      {/* Scrolls sideways in a narrow column: focusable so a keyboard can scroll it too. */}
      <div className={t.scroll} tabIndex={0} role="region" aria-labelledby="map-change-cells">
        <table className={t.table}>
          <caption className={t.caption} id="map-change-cells">
            Activities per year group and stage, {from} → {change.to ?? 'this year'}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                Year group
              </th>
              {stages.map((stage) => (
                <th key={stage.id} scope="col" className={th}>
                  {stage.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.yearGroups.map((y) => (
              <tr key={y}>
                <th scope="row" className={mergeClasses(t.cell, styles.nowrap)}>
                  {yearLabel(y)}
                </th>
                {stages.map((stage) => {
                  const cell = change.cells.find((c) => c.stage === stage.id && c.yearGroup === y);
                  const before = cell?.before ?? 0;
                  const after = cell?.after ?? 0;
                  const tone = after > before ? styles.up : after < before ? styles.down : undefined;
                  return (
                    <td key={stage.id} className={mergeClasses(t.cell, t.number, styles.nowrap, tone)}>
                      {before === after ? after : `${before} → ${after}`}
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
