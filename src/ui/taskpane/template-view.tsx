import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import { formatDate } from '../../domain/validation/dates';
import { todayIso } from '../common/ids';
import type { TemplateCatalogue } from '../../provision-template/catalogue';
import { ErrorBar } from '../common/error-bar';
import { useAction } from '../common/use-action';
import type { PaneRead } from './pane-read';
import type { TemplateActions } from './template-actions';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS, '& h2, & p': { margin: 0 } },
});

const todayLabel = (): string => formatDate(todayIso());

/**
 * The template itself: set it up in this workbook, redraw the Map sheet, download a blank copy to fill in without
 * the add-in, and import a school's own map (or a filled-in copy) with a preview first.
 */
export function TemplateView(props: {
  catalogue: TemplateCatalogue;
  pane: PaneRead | null;
  /** Modules loaded on demand, so exceljs stays out of the first load. */
  actions: TemplateActions;
  /** The file chooser and its preview. */
  importPanel: ReactNode;
  reload: () => Promise<unknown>;
}): ReactNode {
  const styles = useStyles();
  const [done, setDone] = useState<string | null>(null);
  const { busy, failure, run, dismiss } = useAction();
  /** Runs `work`; what it answers is the message to show once it has gone through. */
  const act = (work: () => Promise<string | null>): Promise<boolean> =>
    run(async () => {
      setDone(null);
      setDone(await work());
    });

  return (
    <div className={styles.root}>
      {props.pane === null ? (
        <section className={styles.group} aria-label="Set up">
          <Subtitle2 as="h2">Set up the provision map template</Subtitle2>
          <Body1 as="p">Adds the Activities, Learning outcomes, Map and Leavers profile sheets, with drop-downs from the guidance.</Body1>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                await props.actions.createTemplate();
                await props.reload();
                return 'The template is ready. Refresh, on the Publish tab, brings in the team’s map.';
              })
            }
          >
            Set up the template
          </Button>
        </section>
      ) : (
        <section className={styles.group} aria-label="Map sheet">
          <Subtitle2 as="h2">Map sheet</Subtitle2>
          <Body1 as="p">Draws stages down and year groups across, each activity coloured by its category.</Body1>
          <Button
            disabled={busy}
            onClick={() =>
              void act(async () => {
                await props.actions.redrawMap(props.pane!, todayLabel());
                return 'The Map sheet is redrawn.';
              })
            }
          >
            Redraw the map
          </Button>
        </section>
      )}
      <section className={styles.group} aria-label="Without the add-in">
        <Subtitle2 as="h2">Without the add-in</Subtitle2>
        <Body1 as="p">A blank template with the same sheets, headers and drop-downs, to fill in and import later.</Body1>
        <Button disabled={busy} onClick={() => void act(async () => (await props.actions.downloadBlank(), null))}>
          Download the blank template (.xlsx)
        </Button>
      </section>
      <section className={styles.group} aria-label="Import">
        {props.importPanel}
      </section>
      {done ? (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      ) : null}
      {failure ? <ErrorBar error={failure} onDismiss={dismiss} /> : null}
    </div>
  );
}
