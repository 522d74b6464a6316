import { useMemo, useState } from 'react';

import type { MaturityModel } from '../../../domain/catalogue/types';
import { type AgendaOrder, meetingAgenda, nextRowToDiscuss } from '../../../domain/review/agenda';
import { bestFitsByRow } from '../../../domain/review/indexes';
import type { AgreedBestFit } from '../../../domain/review/types';
import type { ReviewSnapshot } from '../data/review-state';
import { columnName, rowName } from '../parts/names';

/**
 * Where the meeting is on its agenda: the order, the row under discussion, what is agreed, and moving on. `moved`
 * is true once someone moved (not on first load); `movedOn` says where agreeing a row took the meeting.
 */
export function useMeetingAgenda(model: MaturityModel, snapshot: ReviewSnapshot, rowId: string | null, onRowChange: (rowId: string) => void) {
  const review = snapshot.review.value;
  const [order, setOrder] = useState<AgendaOrder>('disagreement');
  const [moved, setMoved] = useState(false);
  const [movedOn, setMovedOn] = useState('');
  const goTo = (rowId: string): void => {
    setMoved(true);
    setMovedOn('');
    onRowChange(rowId);
  };
  const items = useMemo(
    () => meetingAgenda(model, snapshot.reflections, review.participants, order),
    [model, snapshot.reflections, review.participants, order],
  );
  const agreed = useMemo(() => bestFitsByRow(snapshot.bestFits), [snapshot.bestFits]);
  const current = items.find((i) => i.row.id === rowId) ?? items[0]!;

  // Agreeing a row moves the meeting on to the next row not yet agreed, in agenda order.
  const moveOn = (fit: AgreedBestFit): void => {
    const next = nextRowToDiscuss(items, fit.rowId, new Set([...agreed.keys(), fit.rowId]));
    const said = `Best fit for ${rowName(current.row)} saved: ${columnName(fit.column)}.`;
    if (next) {
      goTo(next.row.id);
      setMovedOn(`${said} Now on ${rowName(next.row)}.`);
    } else setMovedOn(`${said} Every row is agreed.`);
  };

  return { order, setOrder, items, agreed, current, moved, movedOn, goTo, moveOn };
}
