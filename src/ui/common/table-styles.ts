import { makeStyles, tokens } from '@fluentui/react-components';

/** Plain, printable tables shared by the plan, statutory, map and report views. */
export const useTableStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%', '@media print': { overflowX: 'visible' } },
  table: { width: '100%', borderCollapse: 'collapse', backgroundColor: tokens.colorNeutralBackground1 },
  // With a colgroup's widths: columns keep their share and long words (e-mail addresses) wrap inside them.
  fixed: { tableLayout: 'fixed' },
  caption: { textAlign: 'left', padding: `${tokens.spacingVerticalS} 0`, fontWeight: tokens.fontWeightSemibold },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'left',
    verticalAlign: 'top',
    // break-word (not anywhere) so long words wrap without letting columns shrink to a letter's width.
    overflowWrap: 'break-word',
  },
  head: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  number: { textAlign: 'right' },
  text: { whiteSpace: 'pre-wrap' },
});
