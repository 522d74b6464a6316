import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: {
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalXXS} 0`,
    // The heading sits inline beside the disclosure triangle.
    '& > h3': { display: 'inline' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    // On paper there is nothing to open or close.
    '@media print': { listStyle: 'none', cursor: 'auto', '::-webkit-details-marker': { display: 'none' }, breakAfter: 'avoid', breakInside: 'avoid' },
  },
});

/**
 * A long part of the report that can be folded away on screen. Open to begin with, and opened again before printing
 * (see `useOpenForPrint`), so the paper always has it.
 */
export function Collapsible(props: { heading: string; children: ReactNode }): ReactNode {
  const styles = useStyles();
  return (
    <details open className={styles.details}>
      <summary className={styles.summary}>
        <Subtitle2 as="h3">{props.heading}</Subtitle2>
      </summary>
      {props.children}
    </details>
  );
}
