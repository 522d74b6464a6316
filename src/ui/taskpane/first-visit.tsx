import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, '& h2, & h3, & p': { margin: 0 } },
  choice: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface FirstVisitChoices {
  /** Brings in the team's map from its site; absent while the site cannot be reached, with `siteNote` saying why. */
  readonly bringIn?: () => void;
  readonly siteNote: string;
  /** The file chooser and its preview. */
  readonly importPanel: ReactNode;
  readonly startBlank: () => void;
  /** Fills the workbook with the demo school's map; absent where there is no demo to offer. */
  readonly tryDemo?: () => void;
  readonly busy: boolean;
}

/** An empty workbook's first screen: the ways to begin a provision map, each one click. */
export function FirstVisit(props: FirstVisitChoices): ReactNode {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Start your provision map">
      <Subtitle2 as="h2">Start your provision map</Subtitle2>
      <Body1 as="p">This workbook has no activities yet. Choose how to begin; you can add the others later.</Body1>
      <section className={styles.choice} aria-labelledby="start-site">
        <Body1 as="h3" id="start-site">
          <strong>Bring in the team’s map</strong>
        </Body1>
        <Body1 as="p">{props.bringIn ? 'The activities already on the team’s site, to carry on where the team left off.' : props.siteNote}</Body1>
        <Button appearance="primary" disabled={!props.bringIn || props.busy} onClick={props.bringIn}>
          Bring in the team’s map
        </Button>
      </section>
      <section className={styles.choice} aria-label="Import a file">
        {props.importPanel}
      </section>
      <section className={styles.choice} aria-labelledby="start-blank">
        <Body1 as="h3" id="start-blank">
          <strong>Start from the blank template</strong>
        </Body1>
        <Body1 as="p">Type activities into the Activities sheet; this pane guides you cell by cell and points out gaps as the map grows.</Body1>
        <Button disabled={props.busy} onClick={props.startBlank}>
          Start from the blank template
        </Button>
      </section>
      {props.tryDemo ? (
        <section className={styles.choice} aria-labelledby="start-demo">
          <Body1 as="h3" id="start-demo">
            <strong>Try the demo school</strong>
          </Body1>
          <Body1 as="p">
            Fills this workbook with the map of Highfield Academy, an example 11–18 school, with gaps to find. It is for looking around: Publish is off
            while the demo is in this workbook, so it never reaches your team’s site. Keep your own map in another workbook.
          </Body1>
          <Button disabled={props.busy} onClick={props.tryDemo}>
            Try the demo school
          </Button>
        </section>
      ) : null}
    </section>
  );
}
