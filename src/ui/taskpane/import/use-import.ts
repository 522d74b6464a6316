import { useState } from 'react';

import type { ImportDecision, SourceSheet } from '../../../domain/import/types';
import type { Activity } from '../../../domain/provision-map/types';
import type { WorkbookGateway } from '../../../provision-template/workbook-gateway';
import type { TemplateCatalogue } from '../../../provision-template/catalogue';
import { activityToRow } from '../../../provision-template/row-values';
import { type Agreements, decided, NO_AGREEMENTS } from '../../common/import-agreements';
import type { PaneRead } from '../pane-read';
import type { ReadImportFile } from './read-file';

export type ImportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading'; readonly fileName: string }
  /** The file as a whole could not be read; nothing was read from it. */
  | { readonly phase: 'refused'; readonly fileName: string; readonly message: string }
  | { readonly phase: 'preview'; readonly fileName: string; readonly sheet: SourceSheet }
  | { readonly phase: 'writing'; readonly fileName: string }
  | { readonly phase: 'done'; readonly message: string }
  | { readonly phase: 'failed'; readonly error: unknown };

export interface ImportModel {
  readonly state: ImportState;
  readonly agreements: Agreements;
  readonly choose: (file: File) => Promise<void>;
  /** The person agreed to (or took back) one of the preview's decisions. */
  readonly decide: (decision: ImportDecision, agreed: boolean) => void;
  /** Adds the activities the preview accepts to the Activities table (setting up the template first if needed). */
  readonly confirm: (activities: readonly Activity[]) => Promise<void>;
  readonly cancel: () => void;
}

export interface ImportDeps {
  readonly gateway: WorkbookGateway;
  readonly catalogue: TemplateCatalogue;
  /** Null while the workbook has no template. */
  readonly pane: PaneRead | null;
  readonly readFile: ReadImportFile;
  readonly createTemplate: () => Promise<void>;
  readonly reload: () => Promise<unknown>;
  /** Categories of the school's own agreed to in the import: the pane takes them, so their rows are not asked about again. */
  readonly onOwnCategories: (names: readonly string[]) => void;
}

/**
 * A school's own map into the workbook: read the file, preview it in the school's words against what the workbook
 * already holds (ImportPreviewView), let the person decide, and write nothing until they confirm. Reading is
 * src/import's and src/domain/import's; this holds only the person's place in it.
 */
export function useImport(deps: ImportDeps): ImportModel {
  const { catalogue, pane } = deps;
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const [agreements, agree] = useState<Agreements>(NO_AGREEMENTS);
  const choose = async (file: File): Promise<void> => {
    agree(NO_AGREEMENTS);
    setState({ phase: 'reading', fileName: file.name });
    try {
      const decoded = await deps.readFile(file);
      setState(decoded.ok ? { phase: 'preview', fileName: file.name, sheet: decoded.sheet } : { phase: 'refused', fileName: file.name, message: decoded.message });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  };

  const confirm = async (activities: readonly Activity[]): Promise<void> => {
    if (state.phase !== 'preview') return;
    setState({ phase: 'writing', fileName: state.fileName });
    try {
      if (!pane) await deps.createTemplate();
      const held = new Set(catalogue.categories.map((c) => c.id));
      deps.onOwnCategories([...new Set(activities.flatMap((a) => a.categories))].filter((id) => !held.has(id)));
      await deps.gateway.writeRows({ appends: activities.map((a) => activityToRow(a, catalogue)) });
      await deps.reload();
      const added = activities.length === 1 ? '1 activity' : `${activities.length.toLocaleString('en-GB')} activities`;
      setState({
        phase: 'done',
        message: `Added ${added} from “${state.fileName}” to the Activities sheet. Check them there, then publish them to the team’s site from the Publish tab.`,
      });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  };

  const decide = (decision: ImportDecision, yes: boolean): void => agree((a) => decided(a, decision, yes));

  return { state, agreements, choose, decide, confirm, cancel: () => setState({ phase: 'idle' }) };
}
