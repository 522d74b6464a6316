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
import { type ReactNode, useId, useMemo, useState } from 'react';

import { type AcademicYear, nextAcademicYear } from '../../domain/academic-year';
import type { YearGroup } from '../../domain/catalogue/types';
import { type ImportDecision, type ImportPreview, previewImport, type SourceSheet } from '../../domain/import';
import { ErrorBar } from '../common/error-bar';
import { type Agreements, decided, NO_AGREEMENTS } from '../common/import-agreements';
import { ImportPreviewPanel } from '../common/import-preview';
import { Loading } from '../common/states';
import { thisAcademicYear, YearPicker } from '../common/year-picker';
import { useMapData, useMapQuery, useMapYears } from './data/queries';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(64rem, calc(100vw - 2 * 16px))', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  choose: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, alignItems: 'start' },
  file: { maxWidth: '100%' },
});

const ACCEPT = '.xlsx,.xlsm,.csv,.txt';

/** What the person chose: the file's rows and its name (nothing is written). */
interface Chosen {
  readonly name: string;
  readonly sheet: SourceSheet;
}

/** What was added, for the map view to say once the dialog closes. */
export interface Imported {
  readonly year: AcademicYear;
  readonly message: string;
}

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
  const data = useMapData();
  const id = useId();
  const [year, setYear] = useState(props.year);
  const [chosen, setChosen] = useState<Chosen>();
  const [refused, setRefused] = useState<string>();
  const [reading, setReading] = useState(false);
  const [agreed, setAgreed] = useState<Agreements>(NO_AGREEMENTS);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  // A map can go into any year that holds data, this year (the picker always offers it) or the next one, planned ahead.
  const withData = useMapYears().data;
  const importYears = useMemo(() => [...(withData ?? []), nextAcademicYear(thisAcademicYear())], [withData]);
  // Duplicates are weighed against the map of the year the rows go into.
  const target = useMapQuery(year);
  const existing = target.data?.activities;

  const preview = useMemo((): ImportPreview | undefined => {
    if (!chosen || !existing) return undefined;
    return previewImport(chosen.sheet, {
      context: { yearGroups: props.yearGroups },
      existing: existing.map((v) => v.value),
      academicYear: year,
      ...agreed,
    });
  }, [chosen, existing, props.yearGroups, year, agreed]);

  const choose = async (file: File | undefined): Promise<void> => {
    setChosen(undefined);
    setRefused(undefined);
    setFailure(undefined);
    setAgreed(NO_AGREEMENTS);
    if (!file) return;
    setReading(true);
    try {
      const decoded = await data.readImportFile({ name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) });
      if (decoded.ok) setChosen({ name: file.name, sheet: decoded.sheet });
      else setRefused(decoded.message);
    } catch (error) {
      setFailure(error);
    } finally {
      setReading(false);
    }
  };

  const decide = (decision: ImportDecision, yes: boolean): void => setAgreed((a) => decided(a, decision, yes));

  const toWrite = preview?.toWrite ?? [];
  const add = async (): Promise<void> => {
    if (!preview || !chosen || !existing) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const result = await data.publishImport(toWrite, year, existing.length);
      if (!result.ok) {
        setFailure(new Error(result.message));
        return;
      }
      props.onImported({ year, message: addedMessage(chosen.name, year, result.written, preview) });
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

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

const activities = (n: number): string => `${n.toLocaleString('en-GB')} ${n === 1 ? 'activity' : 'activities'}`;

/** "Added 22 activities from “map.xlsx” to the provision map for 2026/27. Left out: 1 duplicate, 2 rows …". */
function addedMessage(file: string, year: AcademicYear, written: number, preview: ImportPreview): string {
  const { counts } = preview;
  const left = [
    counts.duplicate ? `${counts.duplicate} ${counts.duplicate === 1 ? 'duplicate' : 'duplicates'} already on the map or repeated in the file` : '',
    counts['needs-decision'] ? `${counts['needs-decision']} ${counts['needs-decision'] === 1 ? 'row' : 'rows'} you did not agree to` : '',
    counts.rejected ? `${counts.rejected} ${counts.rejected === 1 ? 'row' : 'rows'} Waypoint could not read` : '',
  ].filter(Boolean);
  const added = written === 0 ? `Nothing new was added from “${file}”` : `Added ${activities(written)} from “${file}” to the provision map for ${year}`;
  return `${added}.${left.length > 0 ? ` Left out: ${left.join('; ')}.` : ''}`;
}
