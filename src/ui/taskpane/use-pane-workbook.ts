import { useMemo, useState } from 'react';

import { type TemplateCatalogue, withOwnCategories } from '../../provision-template/catalogue';
import { type Guidance, guidanceFor } from './guidance';
import { type ImportModel, useImport } from './import/use-import';
import type { TaskPaneProps } from './task-pane-props';
import { type TemplateActions, templateActions } from './template-actions';
import { type PaneReadState, usePaneRead } from './use-pane-read';
import { useMaturityRowTitles } from './use-row-titles';

export interface PaneWorkbook extends PaneReadState {
  /** The template's catalogue with the school's own categories, once agreed, joined to it. */
  readonly catalogue: TemplateCatalogue;
  readonly actions: TemplateActions;
  readonly importer: ImportModel;
  readonly guidance: Guidance;
  readonly addOwnCategories: (names: readonly string[]) => void;
}

/**
 * The workbook as the pane works with it: read and kept current, the template's actions, the import of a school's
 * own map, and the guidance for the cell in hand. Categories of the school's own typed into the workbook, or met in
 * an import, join the catalogue once agreed.
 */
export function usePaneWorkbook(options: Pick<TaskPaneProps, 'gateway' | 'catalogue' | 'newKey' | 'readImportFile'>): PaneWorkbook {
  const { gateway, newKey } = options;
  const [ownCategories, setOwnCategories] = useState<readonly string[]>([]);
  const catalogue = useMemo(() => withOwnCategories(options.catalogue, ownCategories), [options.catalogue, ownCategories]);
  const { pane, selection, error, reload } = usePaneRead(gateway, catalogue, newKey);
  const actions = useMemo(() => templateActions(gateway, catalogue), [gateway, catalogue]);
  const addOwnCategories = (names: readonly string[]): void => setOwnCategories((all) => [...new Set([...all, ...names])]);
  const importer = useImport({
    gateway,
    catalogue,
    pane: pane ?? null,
    readFile: options.readImportFile,
    createTemplate: actions.createTemplate,
    reload,
    onOwnCategories: addOwnCategories,
  });
  const rowTitle = useMaturityRowTitles();
  const guidance = useMemo(() => guidanceFor(selection, pane ?? null, catalogue, rowTitle), [selection, pane, catalogue, rowTitle]);
  return { catalogue, pane, selection, error, reload, actions, importer, guidance, addOwnCategories };
}
