import type { Activity } from '../../domain/provision-map/types';
import type { TemplateCatalogue } from '../../provision-template/catalogue';
import type { WorkbookGateway } from '../../provision-template/workbook-gateway';
import type { PaneStore } from './data/store';
import type { ReadImportFile } from './import/read-file';

/** What the Excel task pane is given by the page that hosts it (in Excel, or beside the demo workbook). */
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
