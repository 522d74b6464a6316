import { Badge, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Tab, TabList, tokens } from '@fluentui/react-components';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';

import type { Activity } from '../../domain/provision-map/types';
import type { WorkbookGateway } from '../../provision-template/workbook-gateway';
import type { TemplateCatalogue } from '../../provision-template/catalogue';
import type { ActivityStore } from '../../provision-template/sync/store';
import { DEMO_NOT_PUBLISHED, demoRows, holdsDemo } from '../../provision-template/demo-rows';
import { ErrorBar } from '../common/error-bar';
import { EmptyState, Loading } from '../common/states';
import { FirstVisit } from './first-visit';
import { GapsView } from './gaps-view';
import { guidanceFor, type RowTitle } from './guidance';
import { GuidanceView } from './guidance-view';
import { ImportDone, ImportPanel } from './import/import-panel';
import type { ReadImportFile } from './import/read-file';
import { useImport } from './import/use-import';
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
  /** Reads a school's own map (.xlsx or .csv) for the import preview. */
  readonly readImportFile: ReadImportFile;
  /** The demo school's activities, offered on an empty workbook's first screen; absent where the site is the demo. */
  readonly loadDemo?: () => Promise<readonly Activity[]>;
}

const noActivities: readonly Activity[] = [];

/**
 * The Excel task pane: guidance for the cell in hand, the map's gaps, publish and refresh, and the template. An
 * empty workbook opens on the ways to begin instead of guidance for an empty map.
 */
export function TaskPane(props: TaskPaneProps): ReactNode {
  const styles = useStyles();
  const { gateway, catalogue, newKey } = props;
  const { pane, selection, error, reload } = usePaneRead(gateway, catalogue, newKey);
  const [tab, setTab] = useState<TabId>('guidance');
  const [started, setStarted] = useState(false);
  // Bring in the team's map from the first screen: the Publish tab runs its Refresh once it is shown.
  const [refreshOnOpen, setRefreshOnOpen] = useState(false);
  const actions = useMemo(() => templateActions(gateway, catalogue), [gateway, catalogue]);
  const importer = useImport({ gateway, catalogue, pane: pane ?? null, readFile: props.readImportFile, createTemplate: actions.createTemplate, reload });
  const rowTitle = useMaturityRowTitles();
  const guidance = useMemo(() => guidanceFor(selection, pane ?? null, catalogue, rowTitle), [selection, pane, catalogue, rowTitle]);
  const [busy, setBusy] = useState(false);

  if (error) return <ErrorBar error={error} title="The workbook could not be read" onRetry={() => void reload().catch(() => undefined)} />;
  if (pane === undefined) return <Loading label="Reading the workbook…" />;
  const gaps = pane?.findings.filter((f) => f.severity === 'gap').length ?? 0;
  const empty = pane === null || (pane.template.rows.length === 0 && pane.template.problems.length === 0);
  const current: TabId = pane === null && (tab === 'gaps' || tab === 'sync') ? 'guidance' : tab;
  const importPanel = <ImportPanel model={importer} catalogue={catalogue} existing={pane?.map.activities ?? noActivities} />;

  /** Sets up the template where there is none, then does the rest. */
  const begin = (then: () => Promise<void>): void => {
    setBusy(true);
    void (async () => {
      if (!pane) await actions.createTemplate();
      await then();
      await reload();
    })()
      .catch(() => reload())
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };
  const first = (
    <FirstVisit
      busy={busy}
      importPanel={importPanel}
      siteNote={props.connecting ? 'Connecting to the team’s site…' : 'The team’s site cannot be reached from here, so this is off for now.'}
      {...(props.store
        ? { bringIn: () => begin(async () => (setRefreshOnOpen(true), setTab('sync'))) }
        : {})}
      startBlank={() => begin(async () => setStarted(true))}
      {...(props.loadDemo
        ? {
            tryDemo: () =>
              begin(async () => {
                const demo = await props.loadDemo!();
                await gateway.writeRows({ appends: demoRows(demo, catalogue) });
                setTab('gaps');
              }),
          }
        : {})}
    />
  );

  return (
    <div className={styles.root}>
      <ImportDone model={importer} />
      <TabList size="small" selectedValue={current} onTabSelect={(_, data) => setTab(data.value as TabId)} aria-label="Provision map pane">
        <Tab value="guidance" id="tab-guidance">
          {empty && !started ? 'Start' : 'Guidance'}
        </Tab>
        <Tab value="gaps" id="tab-gaps" disabled={pane === null}>
          Gaps{' '}
          {gaps > 0 && !empty ? (
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
        {current === 'guidance' ? empty && !started ? first : <GuidanceView guidance={guidance} /> : null}
        {current === 'gaps' && pane ? <GapsView pane={pane} onShow={(t) => void gateway.select(t.sheet, t.ranges)} /> : null}
        {current === 'sync' && pane ? (
          <SyncPanel {...props} pane={pane} reload={reload} refreshOnOpen={refreshOnOpen} onRefreshStarted={() => setRefreshOnOpen(false)} />
        ) : null}
        {current === 'template' ? <TemplateView catalogue={catalogue} pane={pane} actions={actions} importPanel={importPanel} reload={reload} /> : null}
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

type SyncPanelProps = TaskPaneProps & {
  pane: PaneRead;
  reload: () => Promise<PaneRead | null>;
  /** Run Refresh as soon as the panel is connected (asked for on the first screen). */
  refreshOnOpen: boolean;
  onRefreshStarted: () => void;
};

function SyncPanel(props: SyncPanelProps): ReactNode {
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

function ConnectedSync(props: SyncPanelProps & { store: ActivityStore }): ReactNode {
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
