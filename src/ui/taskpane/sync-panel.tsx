import { type ReactNode, useEffect, useRef } from 'react';

import type { TemplateCatalogue } from '../../provision-template/catalogue';
import { DEMO_NOT_PUBLISHED, holdsDemo } from '../../provision-template/demo-rows';
import type { PaneStore } from './data/store';
import type { WorkbookGateway } from '../../provision-template/workbook-gateway';
import { ErrorBar } from '../common/error-bar';
import { EmptyState, Loading } from '../common/states';
import type { PaneRead } from './pane-read';
import { SyncView } from './sync-view';
import { useSync } from './use-sync';

export interface SyncPanelProps {
  readonly gateway: WorkbookGateway;
  readonly catalogue: TemplateCatalogue;
  /** The team's provision map list; null when the site could not be reached. */
  readonly store: PaneStore | null;
  readonly storeError?: unknown;
  readonly connecting?: boolean;
  readonly pane: PaneRead;
  readonly reload: () => Promise<PaneRead | null>;
  /** Run Refresh as soon as the panel is connected (asked for on the first screen). */
  readonly refreshOnOpen: boolean;
  readonly onRefreshStarted: () => void;
}

/** The Publish tab: publishing and refreshing once the team's site is reached, else why they are off. */
export function SyncPanel(props: SyncPanelProps): ReactNode {
  if (props.connecting) return <Loading label="Connecting to the team’s site…" />;
  if (!props.store) {
    return props.storeError ? (
      <ErrorBar error={props.storeError} title="The team’s site cannot be reached, so publishing is off" />
    ) : (
      <EmptyState title="Publishing is off">Waypoint is not connected to a team’s site here.</EmptyState>
    );
  }
  return <ConnectedSync {...props} store={props.store} />;
}

function ConnectedSync(props: SyncPanelProps & { store: PaneStore }): ReactNode {
  const sync = useSync(props.gateway, props.store, props.catalogue, props.reload);
  const { refreshOnOpen, onRefreshStarted } = props;
  const asked = useRef(false);
  useEffect(() => {
    if (!refreshOnOpen || asked.current) return;
    asked.current = true;
    onRefreshStarted();
    void sync.refresh();
  }, [refreshOnOpen, onRefreshStarted, sync]);
  const publishOff = holdsDemo(props.pane.template.rows) ? DEMO_NOT_PUBLISHED : undefined;
  return <SyncView sync={sync} pane={props.pane} catalogue={props.catalogue} {...(publishOff ? { publishOff } : {})} />;
}
