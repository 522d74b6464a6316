import { Body1, Checkbox, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { ImportDecision, ImportPreview, PreviewRow, RowStatus } from '../../domain/import';
import { RowGroup } from './import-row-group';
import { importSummary } from './import-summary';

const useStyles = makeStyles({
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  plain: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  decisions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/**
 * An import's preview in the school's own words, before anything is written: how each row was read ("Yr 9 → Year
 * 9"), the questions to agree to (a range of years, a category of their own), the duplicates left out and the rows
 * refused with what to change — or why no map was found in the file. Shared by the map view in Teams and the Excel
 * task pane, which each add their own way to confirm; it writes nothing.
 */
export function ImportPreviewPanel(props: {
  preview: ImportPreview;
  /** The chosen file's name. */
  fileName: string;
  /** The person agreed to (or took back) `decision`, the index into `preview.decisions`. */
  onDecide: (decision: ImportDecision, agreed: boolean) => void;
  /** Ids for headings, unique on the page. */
  idPrefix: string;
}): ReactNode {
  const styles = useStyles();
  const { preview } = props;
  const byStatus = (status: RowStatus): PreviewRow[] => preview.rows.filter((r) => r.status === status);
  if (preview.problems.length > 0) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Waypoint could not find the map in “{props.fileName}”</MessageBarTitle>
          {preview.problems.join(' ')}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.preview}>
      <Body1 as="p" role="status">
        {preview.sheet ? `Read the sheet “${preview.sheet}”: ` : ''}
        {importSummary(preview.counts)}
      </Body1>
      {preview.notes.length > 0 ? (
        <ul className={styles.plain}>
          {preview.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {preview.decisions.length > 0 ? (
        <fieldset className={styles.group}>
          <legend>
            <Subtitle2>Your decisions</Subtitle2>
          </legend>
          <Body1 as="p">Nothing is added for these rows until you agree. Tick each one you agree to.</Body1>
          <div className={styles.decisions}>
            {preview.decisions.map((d) => (
              <Checkbox
                key={d.kind === 'split-range' ? `range-${d.row}` : `category-${d.name}`}
                checked={d.agreed}
                onChange={(_, data) => props.onDecide(d, data.checked === true)}
                label={d.question}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <RowGroup id={`${props.idPrefix}-ready`} title="Ready to add" rows={byStatus('accepted')} kind="activities" />
      <RowGroup id={`${props.idPrefix}-waiting`} title="Waiting for your decision" rows={byStatus('needs-decision')} kind="messages" />
      <RowGroup id={`${props.idPrefix}-duplicates`} title="Duplicates, not added again" rows={byStatus('duplicate')} kind="messages" />
      <RowGroup
        id={`${props.idPrefix}-refused`}
        title="Rows Waypoint could not read"
        hint="Change these in your file and choose it again; the other rows do not wait for them."
        rows={byStatus('rejected')}
        kind="messages"
      />
    </div>
  );
}
