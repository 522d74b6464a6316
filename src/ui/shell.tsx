import { Body1, FluentProvider, makeStyles, Subtitle1, Title2, tokens, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  page: { minHeight: '100vh', padding: tokens.spacingHorizontalXXL, backgroundColor: tokens.colorNeutralBackground2 },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalL },
});

/** The frame every surface shares: theme, heading and main landmark. */
export function Shell(props: { title: string; subtitle: string; children?: ReactNode }): ReactNode {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page}>
        <header className={styles.header}>
          <Title2 as="h1">{props.title}</Title2>
          <Subtitle1 as="p">{props.subtitle}</Subtitle1>
        </header>
        {props.children ?? <Body1>Loading…</Body1>}
      </main>
    </FluentProvider>
  );
}
