import { Badge, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Tab, TabList, tokens } from '@fluentui/react-components';
import { type ReactNode, useEffect, useMemo, useState } from 'react';

import type { WorkbookGateway } from '../../host/excel/workbook-gateway';
import type { TemplateCatalogue } from '../../provision-template/catalogue';
import type { ActivityStore } from '../../provision-template/sync/store';
import { ErrorBar } from '../common/error-bar';
import { EmptyState, Loading } from '../common/states';
import { GapsView } from './gaps-view';
import { guidanceFor, type RowTitle } from './guidance';
import { GuidanceView } from './guidance-view';
import type { PaneRead } from './pane-read';
import { SyncView } from './sync-view';
import { templateActions } from './template-actions';
import { TemplateView } from './template-view';
import { usePaneRead } from './use-pane-read';
import { useSync } from './use-sync';

type TabId = 'guidance' | 'gaps' | 'sync' | 'template';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
});

export interface TaskPaneProps {
  readonly gateway: WorkbookGateway;
  readonly catalogue: TemplateCatalogue;
  /** The team's provision map list; null when the site could not be reached (sync is then unavailable). */
  readonly store: ActivityStore | null;
  readonly storeError?: unknown;
  /** True while the team's site is still being reached. */
  readonly connecting?: boolean;
  readonly newKey: () => string;
  /** Offer importing a filled-in .xlsx (the plain-browser mode). */
  readonly allowImport: boolean;
}

/** The Excel task pane: guidance for the cell in hand, the map's gaps, publish and refresh, and the template. */
export function TaskPane(props: TaskPaneProps): ReactNode {
  const styles = useStyles();
  const { gateway, catalogue, newKey } = props;
  const { pane, selection, error, reload } = usePaneRead(gateway, catalogue, newKey);
  const [tab, setTab] = useState<TabId>('guidance');
  const actions = useMemo(() => templateActions(gateway, catalogue, newKey), [gateway, catalogue, newKey]);
  const rowTitle = useMaturityRowTitles();
  const guidance = useMemo(() => guidanceFor(selection, pane ?? null, catalogue, rowTitle), [selection, pane, catalogue, rowTitle]);

  if (error) return <ErrorBar error={error} title="The workbook could not be read" onRetry={() => void reload().catch(() => undefined)} />;
  if (pane === undefined) return <Loading label="Reading the workbook…" />;
  const gaps = pane?.findings.filter((f) => f.severity === 'gap').length ?? 0;
  const current: TabId = pane === null && tab !== 'template' ? 'template' : tab;

  return (
    <div className={styles.root}>
      <TabList size="small" selectedValue={current} onTabSelect={(_, data) => setTab(data.value as TabId)} aria-label="Provision map pane">
        <Tab value="guidance" id="tab-guidance" disabled={pane === null}>
          Guidance
        </Tab>
        <Tab value="gaps" id="tab-gaps" disabled={pane === null}>
          Gaps{' '}
          {gaps > 0 ? (
            <Badge size="small" appearance="filled" color="warning" aria-label={`${gaps} gaps`}>
              {gaps}
            </Badge>
          ) : null}
        </Tab>
        <Tab value="sync" id="tab-sync" disabled={pane === null}>
          Publish
        </Tab>
        <Tab value="template" id="tab-template">
          Template
        </Tab>
      </TabList>
      <div role="tabpanel" aria-labelledby={`tab-${current}`} className={styles.panel}>
        {current === 'guidance' && pane ? <GuidanceView guidance={guidance} /> : null}
        {current === 'gaps' && pane ? <GapsView pane={pane} onShow={(t) => void gateway.select(t.sheet, t.ranges)} /> : null}
        {current === 'sync' && pane ? <SyncPanel {...props} pane={pane} reload={reload} /> : null}
        {current === 'template' ? (
          <TemplateView gateway={gateway} catalogue={catalogue} pane={pane} actions={actions} allowImport={props.allowImport} reload={reload} />
        ) : null}
      </div>
    </div>
  );
}

/**
 * The schools maturity model is the largest part of the catalogue and guidance only needs its row titles, so it
 * loads after the pane is on screen; until then the rows are named by number.
 */
function useMaturityRowTitles(): RowTitle {
  const [titles, setTitles] = useState<RowTitle>(() => () => undefined);
  useEffect(() => {
    let live = true;
    void import('../../domain/catalogue/maturity-schools').then(({ schoolsModel }) => {
      const byId = new Map(schoolsModel.themes.flatMap((t) => t.rows.map((r) => [r.id, r.title] as const)));
      if (live) setTitles(() => (id: string) => byId.get(id));
    });
    return () => {
      live = false;
    };
  }, []);
  return titles;
}

function SyncPanel(props: TaskPaneProps & { pane: PaneRead; reload: () => Promise<PaneRead | null> }): ReactNode {
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

function ConnectedSync(props: TaskPaneProps & { store: ActivityStore; pane: PaneRead; reload: () => Promise<PaneRead | null> }): ReactNode {
  const sync = useSync(props.gateway, props.store, props.catalogue, props.reload);
  return <SyncView sync={sync} pane={props.pane} catalogue={props.catalogue} />;
}

/** Shown above the pane outside Excel. */
export function PlainBrowserNotice(): ReactNode {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Not in Excel</MessageBarTitle>
        This page is open in a plain browser, so the workbook features of Excel are absent. The demo workbook below stands in for one:
        try the guidance, the gaps and publishing with it.
      </MessageBarBody>
    </MessageBar>
  );
}
