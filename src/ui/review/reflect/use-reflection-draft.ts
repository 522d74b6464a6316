import { useState } from 'react';

import type { ReflectionChoice, ReflectionEntry } from '../../../domain/review/types';
import { validateReflectionEntry } from '../../../domain/validation/review';
import { useDebounced } from '../../common/use-debounced';

/**
 * One participant's reflection on one row as it is edited: a choice saves at once (with the note), the note saves
 * when typing pauses, and each save is checked by the domain's rules first.
 */
export function useReflectionDraft(props: {
  reviewId: string;
  rowId: string;
  participantId: string;
  mine: ReflectionEntry | undefined;
  canEdit: boolean;
  onSave: (reflection: ReflectionEntry) => void;
}) {
  const { mine } = props;
  const [choice, setChoice] = useState<ReflectionChoice | undefined>(mine?.choice);
  const [note, setNote] = useState(mine?.note ?? '');
  const [noteError, setNoteError] = useState<string | undefined>();

  // A note typed before a column is chosen is kept as a draft, so nothing typed is lost on moving rows.
  const save = (next: { choice: ReflectionChoice | undefined; note: string }): void => {
    if (next.choice === undefined && next.note.trim() === '') return;
    const result = validateReflectionEntry({
      reviewId: props.reviewId,
      rowId: props.rowId,
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

  const changeNote = (text: string): void => {
    setNote(text);
    noteSaver.schedule(text);
  };

  return { choice, note, noteError, choose, changeNote, flushNote: noteSaver.flush };
}
