import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { stages } from '../../domain/catalogue/provision';
import type { YearGroup } from '../../domain/catalogue/types';
import { yearLabel } from '../../domain/provision-map/labels';
import type { Activity } from '../../domain/provision-map/types';
import { useTableStyles } from '../common/table-styles';
import { categoryClass, useCategoryStyles } from './category-style';
import { categoryName } from '../common/provision-names';
import type { Versioned } from '../../shared/versioned';

const useStyles = makeStyles({
  stage: { width: '9em' },
  intent: { display: 'block', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  card: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderTop: 'none',
    borderRight: 'none',
    borderBottom: 'none',
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: 'solid',
    borderRadius: tokens.borderRadiusSmall,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    // Whole words where they fit: a column widens for its longest word rather than splitting it.
    overflowWrap: 'break-word',
    boxSizing: 'border-box',
  },
  button: {
    cursor: 'pointer',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    ':hover': { textDecorationLine: 'underline' },
  },
  // The card's own text colour: a secondary grey falls below 4.5:1 on the dark theme's yellow assembly tint.
  meta: { display: 'block', color: tokens.colorNeutralForeground1 },
  // Carried forward and not yet confirmed: a dashed card and the words, so the mark never relies on colour.
  unconfirmed: { borderTopStyle: 'dashed', borderRightStyle: 'dashed', borderBottomStyle: 'dashed', borderTopWidth: tokens.strokeWidthThin, borderRightWidth: tokens.strokeWidthThin, borderBottomWidth: tokens.strokeWidthThin, borderTopColor: tokens.colorPaletteMarigoldBorder2, borderRightColor: tokens.colorPaletteMarigoldBorder2, borderBottomColor: tokens.colorPaletteMarigoldBorder2 },
  mark: {
    display: 'inline-block',
    marginBottom: tokens.spacingVerticalXXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorPaletteMarigoldBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Narrow screens scroll the grid sideways rather than squeeze a card's words to a letter a line.
  cell: { minWidth: '6.5em' },
  empty: { color: tokens.colorNeutralForeground3 },
});

/** Words for an activity's card: its categories, who it reaches, and parents and carers. */
export function activityMeta(a: Activity): string {
  return [
    a.categories.map(categoryName).join(', '),
    a.audience.kind === 'targeted' ? `Targeted: ${a.audience.group}` : '',
    a.parentsAndCarers ? 'Parents and carers' : '',
    a.term ?? '',
  ]
    .filter((s) => s !== '')
    .join(' · ');
}

/**
 * The provision map as Appendix 1 lays it out: stages down, year groups across, each activity a card tinted by
 * its first category and naming its categories in words. Editors open an activity by its card.
 */
export function MapGrid(props: {
  yearGroups: readonly YearGroup[];
  activities: readonly Versioned<Activity>[];
  canEdit: boolean;
  onOpen?: (activity: Versioned<Activity>) => void;
}): ReactNode {
  const styles = useStyles();
  const t = useTableStyles();
  const categories = useCategoryStyles();
  const th = mergeClasses(t.cell, t.head);
  return (
    <div className={t.scroll}>
      <table className={t.table}>
        <caption className={t.caption}>Provision map: stages by year group</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(th, styles.stage)}>
              Stage
            </th>
            {props.yearGroups.map((y) => (
              <th key={y} scope="col" className={th}>
                {yearLabel(y)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <tr key={stage.id}>
              <th scope="row" className={mergeClasses(t.cell, styles.stage)}>
                {stage.name}
                <Caption1 className={styles.intent}>To {stage.intent}</Caption1>
              </th>
              {props.yearGroups.map((y) => {
                const here = props.activities.filter((a) => a.value.stage === stage.id && a.value.yearGroup === y);
                return (
                  <td key={y} className={mergeClasses(t.cell, styles.cell)}>
                    {here.length ? (
                      <ul className={styles.list}>
                        {here.map((v) => {
                          const a = v.value;
                          const tint = mergeClasses(categoryClass(categories, a.categories[0]), a.toConfirm ? styles.unconfirmed : undefined);
                          const body = (
                            <>
                              {a.toConfirm ? <span className={styles.mark}>To confirm</span> : null}
                              {a.toConfirm ? ' ' : null}
                              {a.title}
                              <span className={styles.meta}>{activityMeta(a)}</span>
                            </>
                          );
                          return (
                            <li key={a.id}>
                              {props.canEdit && props.onOpen ? (
                                <button type="button" className={mergeClasses(styles.card, styles.button, tint)} onClick={() => props.onOpen?.(v)}>
                                  {body}
                                </button>
                              ) : (
                                <span className={mergeClasses(styles.card, tint)}>{body}</span>
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    ) : (
                      <Caption1 className={styles.empty}>No activity yet</Caption1>
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
