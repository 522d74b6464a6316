import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

// Looks as Fluent's tint Badge in brand or success colours, without the Badge's styles for every size, shape and
// colour: those are a few KB of the JavaScript a review loads before it is usable.
const useStyles = makeStyles({
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    ...typographyStyles.caption1Strong,
    height: '20px',
    padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid`,
  },
  brand: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, ...shorthands.borderColor(tokens.colorBrandStroke2) },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1, ...shorthands.borderColor(tokens.colorPaletteGreenBorder1) },
});

/** A short status in a tinted pill: success colours for a finished state, brand colours otherwise. */
export function StatusBadge(props: { done: boolean; children: ReactNode }): ReactNode {
  const styles = useStyles();
  return <span className={mergeClasses(styles.badge, props.done ? styles.success : styles.brand)}>{props.children}</span>;
}
