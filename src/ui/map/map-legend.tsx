import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { activityCategories } from '../../domain/catalogue/provision';
import { categoryClass, useCategoryStyles } from './category-style';

const useStyles = makeStyles({
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyle: 'none' },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: {
    width: '1.5em',
    height: '1em',
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: 'solid',
    borderRadius: tokens.borderRadiusSmall,
  },
});

/** What each tint means; every card also names its categories, so the legend is a help, not a key. */
export function MapLegend(): ReactNode {
  const styles = useStyles();
  const classes = useCategoryStyles();
  return (
    <ul className={styles.legend} aria-label="Categories">
      {activityCategories.map((c) => (
        <li key={c.id} className={styles.item}>
          <span aria-hidden className={mergeClasses(styles.swatch, categoryClass(classes, c.id))} />
          {c.name}
        </li>
      ))}
    </ul>
  );
}
