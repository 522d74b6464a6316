import { makeStyles, tokens } from '@fluentui/react-components';

/** The history's tables: the reviews, and the comparison of two of them. */
export const useHistoryStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  table: { width: '100%', borderCollapse: 'collapse', backgroundColor: tokens.colorNeutralBackground1 },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'middle',
  },
  head: { fontWeight: tokens.fontWeightSemibold },
  rowHead: { fontWeight: tokens.fontWeightRegular },
  nowrap: { whiteSpace: 'nowrap' },
  caption: { textAlign: 'left', paddingBottom: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});
