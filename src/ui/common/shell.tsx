import {
  Body1,
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  mergeClasses,
  Title2,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { useFluentTheme } from './theme';
import type { HostTheme } from '../../host/host-types';

const usePageStyles = makeStaticStyles({
  body: { margin: 0 },
  // Printing is for the snapshot: no page chrome, and colours kept so heat-map cells keep their shading.
  '@media print': { body: { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' } },
});

const useStyles = makeStyles({
  provider: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    // Paper is white: no grey page behind a printed snapshot.
    '@media print': { backgroundColor: 'white' },
  },
  page: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    maxWidth: '1400px',
    boxSizing: 'border-box',
    '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
    '@media print': { padding: 0, maxWidth: 'none' },
  },
  compact: { padding: tokens.spacingHorizontalS },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
  },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0 },
  actions: { '@media print': { display: 'none' } },
});

/** The frame every surface shares: theme, heading and main landmark. */
export function Shell(props: {
  title: string;
  subtitle?: string;
  theme?: HostTheme;
  /** Narrow hosts (the meeting side panel) get less padding. */
  compact?: boolean;
  /** Shown at the end of the header, e.g. who is signed in. */
  actions?: ReactNode;
  children?: ReactNode;
}): ReactNode {
  usePageStyles();
  const styles = useStyles();
  const theme = useFluentTheme(props.theme ?? 'default');
  if (!theme) return null;
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <main className={mergeClasses(styles.page, props.compact && styles.compact)}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <Title2 block as="h1" className={styles.title}>
              {props.title}
            </Title2>
            {props.subtitle ? (
              <Body1 block as="p" className={styles.title}>
                {props.subtitle}
              </Body1>
            ) : null}
          </div>
          {props.actions ? <div className={styles.actions}>{props.actions}</div> : null}
        </header>
        {props.children ?? <Body1>Loading…</Body1>}
      </main>
    </FluentProvider>
  );
}
