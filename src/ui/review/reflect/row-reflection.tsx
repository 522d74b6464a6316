import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  Radio,
  RadioGroup,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useId, useState } from 'react';

import type { MaturityRow, MaturityTheme } from '../../../domain/catalogue/types';
import type { ReflectionChoice, ReflectionEntry } from '../../../domain/review/types';
import { MULTI_LINE_MAX } from '../../../domain/validation/limits';
import { validateReflectionEntry } from '../../../domain/validation/review';
import { RowEvidenceSlot } from '../../common/feature-slots';
import { useDebounced } from '../../common/use-debounced';
import { DescriptorText } from '../parts/descriptor';
import { COLUMNS, columnName, rowName } from '../parts/names';
import { RowHeader } from '../parts/row-header';
import { SaveStatus } from '../parts/save-status';
import type { SaveState } from '../data/review-state';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
    '@media (max-width: 1100px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
    '@media (max-width: 600px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ':hover': { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}` },
  },
  chosen: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
    // Forced colours replace the brand colours: the system's highlight marks the chosen column instead.
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThicker} solid Highlight` },
  },
  radioLabel: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, justifyContent: 'space-between' },
});

const choiceValue = (choice: ReflectionChoice | undefined): string => (choice === undefined ? '' : String(choice));
const choiceFrom = (value: string): ReflectionChoice => (value === 'not-sure' ? 'not-sure' : (Number(value) as ReflectionChoice));

/**
 * One participant's reflection on one maturity row: the four column descriptors side by side, each with its
 * radio button (so arrow keys move between columns), "not sure", and a note. A choice saves at once; the note
 * saves when typing pauses (without a choice, as a draft). Keyed by row, so moving on starts afresh (after flushing the note).
 */
export function RowReflection(props: {
  row: MaturityRow;
  theme: MaturityTheme;
  reviewId: string;
  participantId: string;
  mine: ReflectionEntry | undefined;
  saveState: SaveState | undefined;
  canEdit: boolean;
  onSave: (reflection: ReflectionEntry) => void;
  onRetry: () => void;
  onPrevious?: () => void;
  onNext?: () => void;
  /** True when the user moved here (not on first load): focus goes to the row's heading. */
  takeFocus: boolean;
}): ReactNode {
  const styles = useStyles();
  const headingId = useId();
  const { row, mine } = props;
  const [choice, setChoice] = useState<ReflectionChoice | undefined>(mine?.choice);
  const [note, setNote] = useState(mine?.note ?? '');
  const [noteError, setNoteError] = useState<string | undefined>();

  // A note typed before a column is chosen is kept as a draft, so nothing typed is lost on moving rows.
  const save = (next: { choice: ReflectionChoice | undefined; note: string }): void => {
    if (next.choice === undefined && next.note.trim() === '') return;
    const result = validateReflectionEntry({
      reviewId: props.reviewId,
      rowId: row.id,
      participantId: props.participantId,
      ...(next.choice === undefined ? {} : { choice: next.choice }),
      note: next.note,
    });
    if (!result.ok) {
      setNoteError(result.errors.map((e) => e.message).join(' '));
      return;
    }
    setNoteError(undefined);
    props.onSave(result.value);
  };
  const noteSaver = useDebounced((text: string) => save({ choice, note: text }), 800);

  const choose = (next: ReflectionChoice): void => {
    if (!props.canEdit || next === choice) return;
    setChoice(next);
    // This save carries the note too.
    noteSaver.cancel();
    save({ choice: next, note });
  };

  const move = (go: (() => void) | undefined) =>
    go
      ? () => {
          noteSaver.flush();
          go();
        }
      : undefined;
  const previous = move(props.onPrevious);
  const next = move(props.onNext);

  return (
    <article className={styles.row} aria-labelledby={headingId}>
      <RowHeader row={row} theme={props.theme} headingId={headingId} level="h3" takeFocus={props.takeFocus} />
      <RowEvidenceSlot rowId={row.id} />
      <Field label={`Your reflection on ${rowName(row)}: which column best fits what is typically and consistently in place?`}>
        <RadioGroup value={choiceValue(choice)} onChange={(_, data) => choose(choiceFrom(data.value))} disabled={!props.canEdit}>
          <div className={styles.columns}>
            {COLUMNS.map((column) => (
              <div
                key={column}
                className={mergeClasses(styles.column, choice === column && styles.chosen)}
                onClick={() => choose(column)}
              >
                <Radio value={String(column)} label={<span className={styles.radioLabel}>{columnName(column)}</span>} />
                <DescriptorText descriptor={row.descriptors[column - 1]!} />
              </div>
            ))}
          </div>
          <Radio value="not-sure" label="Not sure" />
        </RadioGroup>
      </Field>
      <Field
        label="Your note (optional)"
        hint={choice === undefined ? 'Kept as a draft until you choose a column, or not sure.' : undefined}
        validationMessage={noteError}
      >
        <Textarea
          value={note}
          maxLength={MULTI_LINE_MAX}
          resize="vertical"
          disabled={!props.canEdit}
          onChange={(_, data) => {
            setNote(data.value);
            noteSaver.schedule(data.value);
          }}
          onBlur={noteSaver.flush}
        />
      </Field>
      <SaveStatus state={props.saveState} onRetry={props.onRetry} />
      <div className={styles.actions}>
        <Button onClick={previous} disabled={!previous}>
          Previous row
        </Button>
        <Button appearance="primary" onClick={next} disabled={!next}>
          Next row
        </Button>
      </div>
    </article>
  );
}
