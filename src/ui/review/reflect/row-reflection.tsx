import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { type ReactNode, useId, useState } from 'react';

import type { MaturityRow, MaturityTheme } from '../../../domain/catalogue/types';
import type { ReflectionChoice, ReflectionEntry } from '../../../domain/review/types';
import { MULTI_LINE_MAX } from '../../../domain/validation/limits';
import { validateReflectionEntry } from '../../../domain/validation/review';
import { RowEvidenceSlot } from '../../common/feature-slots';
import { useDebounced } from '../../common/use-debounced';
import { RowHeader } from '../parts/row-header';
import { SaveStatus } from '../parts/save-status';
import { ColumnChoice } from './column-choice';
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
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, justifyContent: 'space-between' },
});

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
      <ColumnChoice row={row} choice={choice} canEdit={props.canEdit} onChoose={choose} />
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
