import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { Activity } from '../../domain/provision-map/types';
import type { Versioned } from '../../shared/versioned';
import { categoryName } from '../common/provision-names';
import { categoryClass, useCategoryStyles } from './category-style';

const useStyles = makeStyles({
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

/** One activity on the map, tinted by its first category and naming its categories in words; a button for editors. */
export function ActivityCard(props: { activity: Versioned<Activity>; onOpen?: ((activity: Versioned<Activity>) => void) | undefined }): ReactNode {
  const styles = useStyles();
  const categories = useCategoryStyles();
  const a = props.activity.value;
  const tint = mergeClasses(categoryClass(categories, a.categories[0]), a.toConfirm ? styles.unconfirmed : undefined);
  const body = (
    <>
      {a.toConfirm ? <span className={styles.mark}>To confirm</span> : null}
      {a.toConfirm ? ' ' : null}
      {a.title}
      <span className={styles.meta}>{activityMeta(a)}</span>
    </>
  );
  const open = props.onOpen;
  return open ? (
    <button type="button" className={mergeClasses(styles.card, styles.button, tint)} onClick={() => open(props.activity)}>
      {body}
    </button>
  ) : (
    <span className={mergeClasses(styles.card, tint)}>{body}</span>
  );
}
