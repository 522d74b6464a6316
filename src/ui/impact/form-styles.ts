import { makeStyles, tokens } from '@fluentui/react-components';

/** The impact forms' layout: fields in a grid that folds to one column at 320 px. */
export const useFormStyles = makeStyles({
  // Inputs and selects have an intrinsic width (an input's 20 characters); without min-width 0 they spill out of a
  // narrow grid cell.
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12em), 1fr))',
    gap: tokens.spacingHorizontalM,
    '& > *, & input, & select': { minWidth: 0 },
    // A Fluent field's own grid track and its input's root are as wide as a 20-character input unless told otherwise:
    // held to the cell, the last column no longer runs past the dialog's edge.
    '& .fui-Field': { gridTemplateColumns: 'minmax(0, 1fr)' },
    '& .fui-Input, & .fui-Select': { maxWidth: '100%' },
  },
  group: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 10em), 1fr))',
    '& > *, & input, & select': { minWidth: 0 },
    '& .fui-Field': { gridTemplateColumns: 'minmax(0, 1fr)' },
    '& .fui-Input, & .fui-Select': { maxWidth: '100%' },
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold },
  wide: { gridColumn: '1 / -1' },
  message: { gridColumn: '1 / -1', color: tokens.colorPaletteRedForeground1, margin: 0 },
});
