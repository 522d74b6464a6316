import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, useId, useMemo } from 'react';

import { type ImportDecision, previewImport, type SourceSheet } from '../../../domain/import';
import { plural } from '../../../domain/provision-map/labels';
import type { Activity } from '../../../domain/provision-map/types';
import type { TemplateCatalogue } from '../../../provision-template/catalogue';
import { readerContext } from '../../../provision-template/parse-cells';
import type { Agreements } from '../../common/import-agreements';
import { ImportPreviewPanel } from '../../common/import-preview';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, '& h2, & p': { margin: 0 } },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * The pane's import preview: the shared preview of how every row of the chosen file reads, weighed against what the
 * workbook already holds, and the pane's own way to confirm (into the workbook, not straight to the site).
 */
export function ImportPreviewView(props: {
  fileName: string;
  sheet: SourceSheet;
  /** What the workbook already holds: a row repeating one of these is not added again. */
  existing: readonly Activity[];
  catalogue: TemplateCatalogue;
  agreements: Agreements;
  onDecide: (decision: ImportDecision, agreed: boolean) => void;
  onConfirm: (activities: readonly Activity[]) => void;
  onCancel: () => void;
}): ReactNode {
  const styles = useStyles();
  const id = useId();
  const { sheet, existing, catalogue, agreements } = props;
  // Read again as the person decides: previewing is pure and fast (5,000 rows in well under a second).
  const preview = useMemo(
    () => previewImport(sheet, { context: readerContext(catalogue), existing, existingWhere: 'in the workbook', ...agreements }),
    [sheet, existing, catalogue, agreements],
  );
  const adding = preview.toWrite.length;
  return (
    <section className={styles.root} aria-label="Import preview">
      <Subtitle2 as="h2">How “{props.fileName}” reads</Subtitle2>
      <Body1 as="p">Nothing has been added yet.</Body1>
      <ImportPreviewPanel preview={preview} fileName={props.fileName} onDecide={props.onDecide} idPrefix={`${id}-preview`} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={adding === 0} onClick={() => props.onConfirm(preview.toWrite)}>
          {adding === 0 ? 'Nothing to add yet' : `Add ${plural(adding, 'activity', 'activities')} to the workbook`}
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </section>
  );
}
