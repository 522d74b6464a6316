import { Body1, Button, Checkbox, makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import type { ImportDecision, ImportPreview, PreviewRow, RowStatus } from '../../domain/import';
import { yearLabel } from '../../domain/provision-map/labels';
import { categoryName, stageName } from './provision-names';
import { useTableStyles } from './table-styles';

const useStyles = makeStyles({
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  plain: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  decisions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  rowNumber: { width: '4em', fontVariantNumeric: 'tabular-nums' },
  readings: { color: tokens.colorNeutralForeground2 },
  reading: { display: 'block' },
});

/** How many rows of one kind are drawn before "Show all": a 5,000-row file stays quick to look through. */
const SHOWN = 50;

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "22 rows ready to add, 2 waiting for your decision, …": what the file holds, in one sentence. */
export function importSummary(counts: ImportPreview['counts']): string {
  const parts = [
    plural(counts.accepted, 'row ready to add', 'rows ready to add'),
    counts['needs-decision'] ? `${plural(counts['needs-decision'], 'row waits', 'rows wait')} for your decision` : '',
    counts.duplicate ? `${plural(counts.duplicate, 'duplicate', 'duplicates')} left out` : '',
    counts.rejected ? `${plural(counts.rejected, 'row', 'rows')} Waypoint could not read` : '',
    counts.skipped ? `${plural(counts.skipped, 'blank row', 'blank rows')} skipped` : '',
  ].filter(Boolean);
  return `${parts.join(', ')}.`;
}

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

/** One kind of row as a table: what each row becomes, or what it needs. */
function RowGroup(props: { id: string; title: string; hint?: string; rows: readonly PreviewRow[]; kind: 'activities' | 'messages' }): ReactNode {
  const styles = useStyles();
  const t = useTableStyles();
  const [all, setAll] = useState(false);
  if (props.rows.length === 0) return null;
  const shown = all ? props.rows : props.rows.slice(0, SHOWN);
  const th = mergeClasses(t.cell, t.head);
  return (
    <section className={styles.group} aria-labelledby={props.id}>
      <Subtitle2 as="h3" id={props.id}>
        {props.title} ({props.rows.length.toLocaleString('en-GB')})
      </Subtitle2>
      {props.hint ? <Body1 as="p">{props.hint}</Body1> : null}
      {/* Focusable so a keyboard can scroll it sideways on a narrow screen. */}
      <div className={t.scroll} tabIndex={0} role="group" aria-labelledby={props.id}>
        <table className={t.table} aria-labelledby={props.id}>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(th, styles.rowNumber)}>
                Row
              </th>
              {props.kind === 'activities' ? (
                <>
                  <th scope="col" className={th}>
                    Activity
                  </th>
                  <th scope="col" className={th}>
                    Read as
                  </th>
                </>
              ) : (
                <th scope="col" className={th}>
                  What it needs
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.row}>
                <th scope="row" className={mergeClasses(t.cell, styles.rowNumber)}>
                  {r.row}
                </th>
                {props.kind === 'activities' ? <ActivityCells row={r} /> : <MessageCell row={r} />}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length < props.rows.length ? (
        <Button appearance="secondary" onClick={() => setAll(true)}>
          Show all {props.rows.length.toLocaleString('en-GB')} rows
        </Button>
      ) : null}
    </section>
  );
}

function ActivityCells(props: { row: PreviewRow }): ReactNode {
  const styles = useStyles();
  const t = useTableStyles();
  const first = props.row.activities[0];
  if (!first) return null;
  const years = props.row.activities.map((a) => yearLabel(a.yearGroup)).join(', ');
  return (
    <>
      <td className={t.cell}>
        {first.title}
        <br />
        {stageName(first.stage)} · {years} · {first.categories.map(categoryName).join(', ')}
      </td>
      <td className={mergeClasses(t.cell, styles.readings)}>
        {props.row.readings.length > 0 ? props.row.readings.map((r) => <span key={r.column} className={styles.reading}>{r.explanation}</span>) : 'As typed'}
      </td>
    </>
  );
}

function MessageCell(props: { row: PreviewRow }): ReactNode {
  const styles = useStyles();
  const t = useTableStyles();
  return (
    <td className={t.cell}>
      {props.row.messages.length === 1 ? (
        props.row.messages[0]
      ) : (
        <ul className={styles.plain}>
          {props.row.messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </td>
  );
}
