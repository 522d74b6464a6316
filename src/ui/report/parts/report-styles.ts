import { makeStyles, tokens } from '@fluentui/react-components';

/** The report's sections: each major one starts a new printed page. */
export const useReportStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '@media print': { breakBefore: 'page' },
  },
  sub: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, breakInside: 'avoid' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  plainList: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  headingKeep: { breakAfter: 'avoid' },
});
