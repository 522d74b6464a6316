import { Body1, Button, Checkbox, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, useMemo } from 'react';

import { type ImportDecision, type ImportPreview, type PreviewRow, previewImport, type RowStatus, type SourceSheet } from '../../../domain/import';
import type { Activity } from '../../../domain/provision-map/types';
import { plural, yearsLabel } from '../../../domain/provision-map/labels';
import type { TemplateCatalogue } from '../../../provision-template/catalogue';
import { readerContext } from '../../../provision-template/parse-cells';
import { type PreviewItem, PreviewRows } from './preview-rows';
import type { Agreements } from './use-import';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, '& h2, & p': { margin: 0 } },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  decisions: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, border: 'none', minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * How every row of a chosen file was read, before anything is written: the rows understood (and how their words were
 * read), the questions the file raises, the rows refused with what to change, and repeats that are never added twice.
 */
export function ImportPreviewView(props: {
  fileName: string;
  sheet: SourceSheet;
  /** What the workbook already holds: a row repeating one of these is not added again. */
  existing: readonly Activity[];
  catalogue: TemplateCatalogue;
  agreements: Agreements;
  onAgree: (agreements: Agreements) => void;
  onConfirm: (activities: readonly Activity[]) => void;
  onCancel: () => void;
}): ReactNode {
  const styles = useStyles();
  const { sheet, existing, catalogue, agreements } = props;
  // Read again as the person decides: previewing is pure and fast (5,000 rows in well under a second).
  const preview = useMemo(() => {
    return previewImport(sheet, { context: readerContext(catalogue), existing, ...agreements });
  }, [sheet, existing, catalogue, agreements]);
  const stageName = (id: string): string => catalogue.stages.find((s) => s.id === id)?.name ?? id;
  const messagesOf = (status: RowStatus): PreviewItem[] =>
    rowsWith(preview, status).map((r) => ({ key: r.row, text: r.messages[0] ?? `Row ${r.row}`, details: r.messages.slice(1) }));
  const understood = rowsWith(preview, 'accepted').map((r) => ({
    key: r.row,
    text: `Row ${r.row}: ${r.activities[0]!.title} — ${stageName(r.activities[0]!.stage)}, ${yearsLabel(r.activities.map((a) => a.yearGroup))}`,
    details: [...r.readings.map((c) => `${c.header}: ${c.explanation}`), ...r.messages],
  }));
  const adding = preview.toWrite.length;

  return (
    <section className={styles.root} aria-label="Import preview">
      <Subtitle2 as="h2">How “{props.fileName}” reads</Subtitle2>
      <Body1 as="p">
        Nothing has been added yet.
        {preview.headerRow > 0 ? ` The column names are in row ${preview.headerRow}${preview.sheet ? ` of the sheet “${preview.sheet}”` : ''}.` : ''}
      </Body1>
      {preview.problems.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This file cannot be imported as it is</MessageBarTitle>
            <ul className={styles.list}>
              {preview.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <ul className={styles.list} aria-label="Summary">
          <li>{plural(preview.counts.accepted, 'row understood', 'rows understood')}</li>
          {preview.counts['needs-decision'] > 0 ? <li>{plural(preview.counts['needs-decision'], 'row waits', 'rows wait')} for your decision</li> : null}
          {preview.counts.rejected > 0 ? <li>{plural(preview.counts.rejected, 'row cannot', 'rows cannot')} be read</li> : null}
          {preview.counts.duplicate > 0 ? <li>{plural(preview.counts.duplicate, 'row repeats', 'rows repeat')} an activity and will not be added twice</li> : null}
        </ul>
      )}
      {preview.notes.length > 0 ? (
        <ul className={styles.list} aria-label="About the whole file">
          {preview.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      ) : null}
      {preview.decisions.length > 0 ? <Decisions preview={preview} agreements={agreements} onAgree={props.onAgree} /> : null}
      <PreviewRows title="Waiting for your decision" items={messagesOf('needs-decision')} />
      <PreviewRows title="Cannot be read" hint="Change these in the file and import it again; the other rows do not wait for them." items={messagesOf('rejected')} />
      <PreviewRows title="Repeats, not added twice" items={messagesOf('duplicate')} />
      <PreviewRows title="Understood" items={understood} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={adding === 0} onClick={() => props.onConfirm(preview.toWrite)}>
          {adding === 0 ? 'Nothing to add yet' : `Add ${plural(adding, 'activity', 'activities')} to the workbook`}
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </section>
  );
}

const rowsWith = (preview: ImportPreview, status: RowStatus): PreviewRow[] => preview.rows.filter((r) => r.status === status);

/** One checkbox per question: a range of years to split, a category of the school's own to add. */
function Decisions(props: { preview: ImportPreview; agreements: Agreements; onAgree: (agreements: Agreements) => void }): ReactNode {
  const styles = useStyles();
  const { agreements } = props;
  const toggle = (d: ImportDecision, on: boolean): void => {
    if (d.kind === 'split-range') {
      const rest = agreements.splitRanges.filter((r) => r !== d.row);
      props.onAgree({ ...agreements, splitRanges: on ? [...rest, d.row] : rest });
    } else {
      const rest = agreements.newCategories.filter((n) => n !== d.name);
      props.onAgree({ ...agreements, newCategories: on ? [...rest, d.name] : rest });
    }
  };
  return (
    <fieldset className={styles.decisions}>
      <legend className={styles.legend}>Your decisions</legend>
      {props.preview.decisions.map((d) => (
        <Checkbox
          key={d.kind === 'split-range' ? `row-${d.row}` : `category-${d.name}`}
          label={d.question}
          checked={d.agreed}
          onChange={(_, data) => toggle(d, data.checked === true)}
        />
      ))}
    </fieldset>
  );
}
