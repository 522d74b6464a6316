import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import type { YearGroup } from '../../domain/catalogue/types';
import { ErrorBar } from '../common/error-bar';
import { ImportPreviewPanel } from '../common/import-preview';
import { Loading } from '../common/states';
import { YearPicker } from '../common/year-picker';
import { activities, type Imported, useImportDialog } from './import-dialog-state';

export type { Imported } from './import-dialog-state';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(64rem, calc(100vw - 2 * 16px))', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  choose: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, alignItems: 'start' },
  file: { maxWidth: '100%' },
});

const ACCEPT = '.xlsx,.xlsm,.csv,.txt';

/**
 * Brings a school's own provision map in: choose a .xlsx or .csv file and the academic year, read the preview in the
 * school's own words, agree to what needs agreeing, and only then add the rows in one publish. Running it twice adds
 * nothing twice: rows already on the map are shown as duplicates.
 */
export function ImportDialog(props: {
  readonly year: AcademicYear;
  readonly yearGroups: readonly YearGroup[];
  readonly onImported: (imported: Imported) => void;
  readonly onClose: () => void;
}): ReactNode {
  const styles = useStyles();
  const id = useId();
  const { year, setYear, importYears, chosen, refused, reading, busy, failure, target, preview, toWrite, choose, decide, add } = useImportDialog(props);

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && !busy && props.onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Import your provision map</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 as="p">
              Choose your map as an Excel workbook (.xlsx) or a CSV file, with a header row naming its columns (Stage, Year group, Activity…) in
              your own words. You will see how each row was read before anything is added.
            </Body1>
            <div className={styles.choose}>
              <Field label="Your provision map (.xlsx or .csv)">
                {(field) => (
                  <input {...field} className={styles.file} type="file" accept={ACCEPT} disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} />
                )}
              </Field>
              <YearPicker year={year} onChange={setYear} years={importYears} />
            </div>
            {reading ? <Loading label="Reading your map…" /> : null}
            {refused ? (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>This file could not be read</MessageBarTitle>
                  {refused}
                </MessageBarBody>
              </MessageBar>
            ) : null}
            {chosen && target.isPending ? <Loading label={`Reading the provision map for ${year}…`} /> : null}
            {chosen && target.isError ? <ErrorBar error={target.error} title={`The provision map for ${year} could not be read`} /> : null}
            {preview && chosen ? <ImportPreviewPanel preview={preview} fileName={chosen.name} onDecide={decide} idPrefix={`${id}-preview`} /> : null}
            {failure ? <ErrorBar error={failure} title="Nothing was added" /> : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!preview || toWrite.length === 0 || busy} onClick={() => void add()}>
              {busy ? 'Adding…' : toWrite.length > 0 ? `Add ${activities(toWrite.length)} to ${year}` : 'Add activities'}
            </Button>
            <Button disabled={busy} onClick={props.onClose}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

