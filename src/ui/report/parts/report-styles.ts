import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The report's sections. Nothing forces a new page: sections flow on, small blocks keep together and headings stay
 * with what follows them, so no page is left half empty.
 */
export const useReportStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '@media print': { gap: tokens.spacingVerticalS },
  },
  sub: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, breakInside: 'avoid' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  plainList: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  headingKeep: { breakAfter: 'avoid' },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    breakInside: 'avoid',
  },
  source: { display: 'block', color: tokens.colorNeutralForeground2, fontStyle: 'normal', marginTop: tokens.spacingVerticalXXS },
});
