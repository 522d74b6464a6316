import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

import type { MaturityRow, MaturityTheme } from '../../../domain/catalogue/types';
import type { ReflectionEntry } from '../../../domain/review/types';
import { MULTI_LINE_MAX } from '../../../domain/validation/limits';
import { RowEvidenceSlot } from '../../common/feature-slots';
import { RowHeader } from '../parts/row-header';
import { SaveStatus } from '../parts/save-status';
import { ColumnChoice } from './column-choice';
import { useReflectionDraft } from './use-reflection-draft';
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
  const { row } = props;
  const draft = useReflectionDraft({ ...props, rowId: row.id });
  const { choice } = draft;

  const move = (go: (() => void) | undefined) =>
    go
      ? () => {
          draft.flushNote();
          go();
        }
      : undefined;
  const previous = move(props.onPrevious);
  const next = move(props.onNext);

  return (
    <article className={styles.row} aria-labelledby={headingId}>
      <RowHeader row={row} theme={props.theme} headingId={headingId} level="h3" takeFocus={props.takeFocus} />
      <RowEvidenceSlot rowId={row.id} />
      <ColumnChoice row={row} choice={choice} canEdit={props.canEdit} onChoose={draft.choose} />
      <Field
        label="Your note (optional)"
        hint={choice === undefined ? 'Kept as a draft until you choose a column, or not sure.' : undefined}
        validationMessage={draft.noteError}
      >
        <Textarea
          value={draft.note}
          maxLength={MULTI_LINE_MAX}
          resize="vertical"
          disabled={!props.canEdit}
          onChange={(_, data) => draft.changeNote(data.value)}
          onBlur={draft.flushNote}
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
