import { makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, useMemo, useState } from 'react';

import type { Activity } from '../../domain/provision-map/types';
import type { WorkbookGateway } from '../../provision-template/workbook-gateway';
import { type TemplateCatalogue, withOwnCategories } from '../../provision-template/catalogue';
import type { PaneStore } from './data/store';
import { ErrorBar } from '../common/error-bar';
import { Loading } from '../common/states';
import { FirstVisit } from './first-visit';
import { GapsView } from './gaps-view';
import { guidanceFor } from './guidance';
import { GuidanceView } from './guidance-view';
import { ImportDone, ImportPanel } from './import/import-panel';
import type { ReadImportFile } from './import/read-file';
import { useImport } from './import/use-import';
import { NewCategoryQuestions } from './new-categories';
import { PaneTabs, type TabId } from './pane-tabs';
import { SyncPanel } from './sync-panel';
import { templateActions } from './template-actions';
import { TemplateView } from './template-view';
import { usePaneRead } from './use-pane-read';
import { useMaturityRowTitles } from './use-row-titles';
import { useStart } from './use-start';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
});

export interface TaskPaneProps {
  readonly gateway: WorkbookGateway;
  readonly catalogue: TemplateCatalogue;
  /** The team's provision map list; null when the site could not be reached (sync is then unavailable). */
  readonly store: PaneStore | null;
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
 * empty workbook opens on the ways to begin instead of guidance for an empty map. Categories of the school's own
 * typed into the workbook are asked about, as the import asks, and join the catalogue once agreed.
 */
export function TaskPane(props: TaskPaneProps): ReactNode {
  const styles = useStyles();
  const { gateway, newKey } = props;
  const [ownCategories, setOwnCategories] = useState<readonly string[]>([]);
  const catalogue = useMemo(() => withOwnCategories(props.catalogue, ownCategories), [props.catalogue, ownCategories]);
  const { pane, selection, error, reload } = usePaneRead(gateway, catalogue, newKey);
  const [tab, setTab] = useState<TabId>('guidance');
  const [started, setStarted] = useState(false);
  // Bring in the team's map from the first screen: the Publish tab runs its Refresh once it is shown.
  const [refreshOnOpen, setRefreshOnOpen] = useState(false);
  const actions = useMemo(() => templateActions(gateway, catalogue), [gateway, catalogue]);
  const addOwnCategories = (names: readonly string[]): void => setOwnCategories((all) => [...new Set([...all, ...names])]);
  const importer = useImport({
    gateway,
    catalogue,
    pane: pane ?? null,
    readFile: props.readImportFile,
    createTemplate: actions.createTemplate,
    reload,
    onOwnCategories: addOwnCategories,
  });
  const rowTitle = useMaturityRowTitles();
  const guidance = useMemo(() => guidanceFor(selection, pane ?? null, catalogue, rowTitle), [selection, pane, catalogue, rowTitle]);
  const start = useStart({
    gateway,
    catalogue,
    pane: pane ?? null,
    createTemplate: actions.createTemplate,
    reload,
    ...(props.store ? { bringIn: () => (setRefreshOnOpen(true), setTab('sync')) } : {}),
    ...(props.loadDemo ? { loadDemo: props.loadDemo } : {}),
    onStarted: () => setStarted(true),
    onDemo: () => setTab('gaps'),
  });

  if (error) return <ErrorBar error={error} title="The workbook could not be read" onRetry={() => void reload().catch(() => undefined)} />;
  if (pane === undefined) return <Loading label="Reading the workbook…" />;
  const gaps = pane?.findings.filter((f) => f.severity === 'gap').length ?? 0;
  const empty = pane === null || (pane.template.rows.length === 0 && pane.template.problems.length === 0);
  const current: TabId = pane === null && (tab === 'gaps' || tab === 'sync') ? 'guidance' : tab;
  const importPanel = <ImportPanel model={importer} catalogue={catalogue} existing={pane?.map.activities ?? noActivities} />;
  const siteNote = props.connecting ? 'Connecting to the team’s site…' : 'The team’s site cannot be reached from here, so this is off for now.';

  return (
    <div className={styles.root}>
      <ImportDone model={importer} />
      {pane ? <NewCategoryQuestions problems={pane.template.problems} onAdd={(name) => addOwnCategories([name])} /> : null}
      <PaneTabs current={current} onSelect={setTab} noTemplate={pane === null} starting={empty && !started} gaps={empty ? 0 : gaps} />
      <div role="tabpanel" aria-labelledby={`tab-${current}`} className={styles.panel}>
        {current === 'guidance' ? (
          empty && !started ? (
            <FirstVisit {...start} importPanel={importPanel} siteNote={siteNote} />
          ) : (
            <GuidanceView guidance={guidance} />
          )
        ) : null}
        {current === 'gaps' && pane ? <GapsView pane={pane} onShow={(t) => void gateway.select(t.sheet, t.ranges)} /> : null}
        {current === 'sync' && pane ? (
          <SyncPanel
            {...props}
            catalogue={catalogue}
            pane={pane}
            reload={reload}
            refreshOnOpen={refreshOnOpen}
            onRefreshStarted={() => setRefreshOnOpen(false)}
          />
        ) : null}
        {current === 'template' ? <TemplateView catalogue={catalogue} pane={pane} actions={actions} importPanel={importPanel} reload={reload} /> : null}
      </div>
    </div>
  );
}

