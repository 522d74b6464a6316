import { makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, useEffect, useState } from 'react';

import type { Activity } from '../../domain/provision-map/types';
import type { MemoryWorkbookGateway } from '../../host/excel/memory-workbook-gateway';
import type { WorkbookGateway } from '../../provision-template/workbook-gateway';
import { type TemplateCatalogue, templateCatalogue } from '../../provision-template/catalogue';
import { ErrorBar } from '../../ui/common/error-bar';
import { DemoWorkbookView } from '../../ui/taskpane/demo-workbook';
import { PlainBrowserNotice } from '../../ui/taskpane/plain-browser-notice';
import { TaskPane } from '../../ui/taskpane/task-pane';
import { Shell } from '../../ui/common/shell';
import type { PaneServices } from './pane-services';
import { readImportFile } from './read-import-file';
import type { NotSupportedError } from '../../host/host-types';

const useStyles = makeStyles({
  // Outside Excel the demo workbook and the pane sit side by side, as Excel shows them; narrow windows stack them.
  split: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 380px',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
    '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const newKey = (): string => crypto.randomUUID();
/** The demo school's map, loaded only when someone chooses to try it. */
const loadDemoActivities = async (): Promise<readonly Activity[]> => (await import('../../demo/demo-provision-map')).demoActivities;
const defaultCatalogue = templateCatalogue();

/**
 * The team's site is connected after the pane is on screen: guidance needs no network, and the Graph client and
 * data layer stay out of the first-load JavaScript.
 */
function useConnectedPane(gateway: WorkbookGateway, loadDemo?: () => Promise<readonly Activity[]>): ReactNode {
  const [services, setServices] = useState<PaneServices | null>(null);
  useEffect(() => {
    let live = true;
    void import('./pane-services')
      .then((m) => m.paneServices())
      .then((s) => live && setServices(s));
    return () => {
      live = false;
    };
  }, []);
  const catalogue: TemplateCatalogue = services?.catalogue ?? defaultCatalogue;
  return (
    <TaskPane
      gateway={gateway}
      catalogue={catalogue}
      store={services?.store ?? null}
      storeError={services?.storeError}
      connecting={services === null}
      newKey={newKey}
      readImportFile={readImportFile}
      {...(loadDemo ? { loadDemo } : {})}
    />
  );
}

export function ExcelPaneApp(props: { gateway: WorkbookGateway }): ReactNode {
  const pane = useConnectedPane(props.gateway, loadDemoActivities);
  return (
    <Shell title="Provision map" compact>
      {pane}
    </Shell>
  );
}

export function PlainBrowserApp(props: { demo: MemoryWorkbookGateway; unsupported?: NotSupportedError }): ReactNode {
  const styles = useStyles();
  // The local team's site is the demo school already: bringing in the team's map is trying the demo.
  const pane = useConnectedPane(props.demo);
  return (
    <Shell title="Provision map" subtitle="Plan careers activities by stage and year group, and publish them to the team’s site">
      <div className={styles.split}>
        <DemoWorkbookView workbook={props.demo} />
        <div className={styles.pane}>
          {props.unsupported ? <ErrorBar error={props.unsupported} /> : <PlainBrowserNotice />}
          {pane}
        </div>
      </div>
    </Shell>
  );
}
