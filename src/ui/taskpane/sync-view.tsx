import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, Suspense } from 'react';

import { formatDate } from '../../domain/validation/dates';
import type { TemplateCatalogue } from '../../provision-template/catalogue';
import { conflictView } from './conflict-view-chunk';
import type { PaneRead } from './pane-read';
import { SyncState } from './sync-state';
import type { SyncModel } from './use-sync';

const ConflictView = conflictView.Component;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, '& > h2, & > p': { margin: 0 } },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * Publish and Refresh, with the preview, progress, problems and both-sides conflicts they lead to. `publishOff` says
 * why Publish is unavailable (the workbook holds the demo school); Refresh stays on.
 */
export function SyncView(props: { sync: SyncModel; pane: PaneRead; catalogue: TemplateCatalogue; publishOff?: string }): ReactNode {
  const styles = useStyles();
  const { sync, pane } = props;
  const { state } = sync;
  const busy = state.phase === 'working' || state.phase === 'publishing';
  const syncedAt = pane.snapshot.syncedAt;
  return (
    <div className={styles.root}>
      <Body1 as="p">
        Publish sends new, changed and deleted rows to the team’s SharePoint list; Refresh brings in what others changed there.
      </Body1>
      <Caption1 as="p">{syncedAt ? `Last in step with the site on ${formatDate(syncedAt.slice(0, 10))}.` : 'Not yet in step with the team’s site.'}</Caption1>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || props.publishOff !== undefined}
          {...(props.publishOff ? { 'aria-describedby': 'publish-off' } : {})}
          onClick={() => void sync.preview()}
        >
          Publish…
        </Button>
        <Button disabled={busy} onClick={() => void sync.refresh()}>
          Refresh
        </Button>
      </div>
      {props.publishOff ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody id="publish-off">{props.publishOff}</MessageBarBody>
        </MessageBar>
      ) : null}
      <SyncState sync={sync} />
      {sync.conflicts.length > 0 ? (
        <section className={styles.root} aria-label="Changed on both sides">
          <Subtitle2 as="h2">Changed on both sides</Subtitle2>
          <Suspense fallback={<Spinner size="tiny" label="Opening the rows changed on both sides" labelPosition="after" />}>
            {sync.conflicts.map((c) => (
              <ConflictView key={c.key} conflict={c} catalogue={props.catalogue} onChoose={(conflict, choice) => void sync.resolve(conflict, choice)} />
            ))}
          </Suspense>
        </section>
      ) : null}
    </div>
  );
}
