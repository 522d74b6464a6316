import { makeStyles, tokens } from '@fluentui/react-components';

/** The impact forms' layout: fields in a grid that folds to one column at 320 px. */
export const useFormStyles = makeStyles({
  // Inputs and selects have an intrinsic width (an input's 20 characters); without min-width 0 they spill out of a
  // narrow grid cell.
  // Inline-size containment: a dialog's body sizes its column to its content's min-content width, which an auto-fit
  // grid would otherwise make three 12em columns wide, running the last column off the dialog's edge.
  grid: {
    contain: 'inline-size',
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12em), 1fr))',
    gap: tokens.spacingHorizontalM,
    '& > *, & input, & select': { minWidth: 0 },
  },
  group: {
    contain: 'inline-size',
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 10em), 1fr))',
    '& > *, & input, & select': { minWidth: 0 },
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
