import { makeStyles, tokens } from '@fluentui/react-components';

/** The heat map's tables: a page per theme when printed, the best fit's cell shaded by its column (1 red to 4 green). */
export const useHeatMapStyles = makeStyles({
  theme: {
    marginBottom: tokens.spacingVerticalXL,
    breakInside: 'avoid',
    '@media print': { breakBefore: 'page' },
  },
  first: { '@media print': { breakBefore: 'auto' } },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', backgroundColor: tokens.colorNeutralBackground1 },
  caption: { textAlign: 'left', padding: `${tokens.spacingVerticalS} 0` },
  captionTitle: { display: 'block', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'left',
    verticalAlign: 'top',
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  rowHeader: { width: '34%', fontWeight: tokens.fontWeightRegular },
  colHeader: { fontWeight: tokens.fontWeightSemibold },
  change: { width: '14%', whiteSpace: 'nowrap' },
  fit: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  c1: { backgroundColor: tokens.colorPaletteRedBackground2 },
  c2: { backgroundColor: tokens.colorPaletteMarigoldBackground2 },
  c3: { backgroundColor: tokens.colorPaletteLightGreenBackground2 },
  c4: { backgroundColor: tokens.colorPaletteGreenBackground2 },
});
