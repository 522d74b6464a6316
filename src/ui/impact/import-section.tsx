import { Body1, Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { type ReactNode, useState } from 'react';

import { type ImportContext, type ImportKind, importHeaders } from '../../domain/impact';
import { ErrorBar } from '../common/error-bar';
import { newId } from '../common/ids';
import type { ImportOutcome } from './data/port';
import { useImpactData } from './data/queries';
import { ImportFileChooser } from './import-file-chooser';
import { importKinds } from './import-kinds';
import { plural, type Preview, previewOf, PreviewReport } from './import-preview-report';

const useStyles = makeStyles({ part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/**
 * Import figures from a .csv or .xlsx file: read by the provision map import's decoders, previewed row by row by the
 * domain's reader (which refuses a file that looks like personal data), imported only when the person says so.
 */
export function ImportSection(props: { context: Omit<ImportContext, 'newId'>; onImported: (outcome: ImportOutcome) => void }): ReactNode {
  const styles = useStyles();
  const data = useImpactData();
  const [kind, setKind] = useState<ImportKind>('destinations');
  const [preview, setPreview] = useState<Preview>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const headers = importHeaders(kind);

  async function read(file: File | undefined): Promise<void> {
    setPreview(undefined);
    setProblem(undefined);
    setDone(undefined);
    if (!file) return;
    const table = await data.readTable(file);
    if (!table.ok) {
      setProblem(table.message);
      return;
    }
    const ctx: ImportContext = { ...props.context, newId: () => newId(kind) };
    setPreview({ ...previewOf(kind, table.table, ctx), file: file.name });
  }

  async function importAccepted(p: Preview): Promise<void> {
    const field = importKinds.find((k) => k.kind === kind)!.field;
    setBusy(true);
    setError(undefined);
    try {
      const outcome = await data.importRecords({ [field]: p.accepted.map((a) => a.record) });
      props.onImported(outcome);
      const stored = p.accepted.length - outcome.failures.length;
      if (outcome.failures.length) setError(outcome.failures[0]);
      setDone(`${plural(stored, 'record was', 'records were')} imported from “${p.file}”.`);
      setPreview(undefined);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.part}>
      <Body1 as="p">
        Figures only: counts and percentages for groups of learners, never a row per pupil. A file with names, e-mail addresses
        or unique pupil numbers in it is refused, whole. The first row names the columns: {headers.required.join(', ')}
        {headers.optional.length ? `; and if you have them, ${headers.optional.join(', ')}` : ''}.
      </Body1>
      <ImportFileChooser
        kind={kind}
        onKind={(k) => {
          setKind(k);
          setPreview(undefined);
        }}
        onFile={(file) => void read(file).catch(setError)}
      />
      {problem ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      ) : null}
      {preview ? <PreviewReport preview={preview} /> : null}
      {preview && !preview.refused && preview.accepted.length ? (
        <div>
          <Button appearance="primary" icon={<ArrowUploadRegular />} disabled={busy} onClick={() => void importAccepted(preview)}>
            {busy ? 'Importing…' : `Import ${plural(preview.accepted.length, 'record', 'records')}`}
          </Button>
        </div>
      ) : null}
      {done ? (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      ) : null}
      {error ? <ErrorBar error={error} title="Some records were not imported" onDismiss={() => setError(undefined)} /> : null}
    </div>
  );
}
