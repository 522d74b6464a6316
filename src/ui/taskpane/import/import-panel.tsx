import { Button, Caption1, Label, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { lazy, type ReactNode, Suspense, useId } from 'react';

import type { Activity } from '../../../domain/provision-map/types';
import type { TemplateCatalogue } from '../../../provision-template/catalogue';
import { ErrorBar } from '../../common/error-bar';
import { Loading } from '../../common/states';
import type { ImportModel } from './use-import';

// The reader of a school's words loads with the first file chosen, not with the pane.
const ImportPreviewView = lazy(() => import('./import-preview').then((m) => ({ default: m.ImportPreviewView })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS, minWidth: 0 },
});

/**
 * What an import added, shown above the pane's tabs: the import may have begun on the first screen, which gives way
 * to guidance as soon as the workbook holds activities.
 */
export function ImportDone(props: { model: ImportModel }): ReactNode {
  const { state } = props.model;
  if (state.phase !== 'done') return null;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>{state.message}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.model.cancel}>Dismiss</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Choosing a school's own map (.xlsx or .csv), then its preview; nothing is added until the person confirms. */
export function ImportPanel(props: {
  model: ImportModel;
  catalogue: TemplateCatalogue;
  /** What the workbook already holds. */
  existing: readonly Activity[];
  disabled?: boolean;
}): ReactNode {
  const styles = useStyles();
  const id = useId();
  const { model } = props;
  const { state } = model;
  const busy = state.phase === 'reading' || state.phase === 'writing';
  return (
    <div className={styles.root}>
      <Label htmlFor={id}>Import your school’s own map (.xlsx or .csv)</Label>
      <Caption1 id={`${id}-hint`}>
        Any workbook or CSV file with a row of column names, in your own words. You see how every row reads before anything is added.
      </Caption1>
      <input
        id={id}
        aria-describedby={`${id}-hint`}
        type="file"
        accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        disabled={busy || props.disabled}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void model.choose(file);
        }}
      />
      {state.phase === 'reading' ? <Loading label={`Reading “${state.fileName}”…`} /> : null}
      {state.phase === 'writing' ? <Loading label="Adding the activities to the workbook…" /> : null}
      {state.phase === 'refused' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>“{state.fileName}” cannot be imported</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === 'preview' ? (
        <Suspense fallback={<Loading label={`Reading “${state.fileName}”…`} />}>
          <ImportPreviewView
            fileName={state.fileName}
            sheet={state.sheet}
            existing={props.existing}
            catalogue={props.catalogue}
            agreements={model.agreements}
            onDecide={model.decide}
            onConfirm={(activities) => void model.confirm(activities)}
            onCancel={model.cancel}
          />
        </Suspense>
      ) : null}
      {state.phase === 'failed' ? <ErrorBar error={state.error} title="The import stopped" onDismiss={model.cancel} /> : null}
    </div>
  );
}
