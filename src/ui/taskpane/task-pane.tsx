import { makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, useMemo, useState } from 'react';

import type { Activity } from '../../domain/provision-map/types';
import { ErrorBar } from '../common/error-bar';
import { Loading } from '../common/states';
import { FirstVisit } from './first-visit';
import { GapsView } from './gaps-view';
import { guidanceFor } from './guidance';
import { GuidanceView } from './guidance-view';
import { ImportDone, ImportPanel } from './import/import-panel';
import { useImport } from './import/use-import';
import { NewCategoryQuestions } from './new-categories';
import { PaneTabs, type TabId } from './pane-tabs';
import { SyncPanel } from './sync-panel';
import { templateActions } from './template-actions';
import type { TaskPaneProps } from './task-pane-props';
import { TemplateView } from './template-view';
import { useOwnCategories } from './use-own-categories';
import { usePaneRead } from './use-pane-read';
import { useMaturityRowTitles } from './use-row-titles';
import { useStart } from './use-start';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
});

const noActivities: readonly Activity[] = [];

/**
 * The Excel task pane: guidance for the cell in hand, the map's gaps, publish and refresh, and the template. An
 * empty workbook opens on the ways to begin instead of guidance for an empty map. Categories of the school's own
 * typed into the workbook are asked about, as the import asks, and join the catalogue once agreed.
 */
export function TaskPane(props: TaskPaneProps): ReactNode {
  const styles = useStyles();
  const { gateway, newKey } = props;
  const [catalogue, addOwnCategories] = useOwnCategories(props.catalogue);
  const { pane, selection, error, reload } = usePaneRead(gateway, catalogue, newKey);
  const [tab, setTab] = useState<TabId>('guidance');
  const [started, setStarted] = useState(false);
  // Bring in the team's map from the first screen: the Publish tab runs its Refresh once it is shown.
  const [refreshOnOpen, setRefreshOnOpen] = useState(false);
  const actions = useMemo(() => templateActions(gateway, catalogue), [gateway, catalogue]);
  // What the import and the first screen's ways to begin both work on.
  const workbook = { gateway, catalogue, pane: pane ?? null, createTemplate: actions.createTemplate, reload };
  const importer = useImport({ ...workbook, readFile: props.readImportFile, onOwnCategories: addOwnCategories });
  const rowTitle = useMaturityRowTitles();
  const guidance = useMemo(() => guidanceFor(selection, pane ?? null, catalogue, rowTitle), [selection, pane, catalogue, rowTitle]);
  const start = useStart({
    ...workbook,
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

