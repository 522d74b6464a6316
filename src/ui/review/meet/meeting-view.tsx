import { makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, useEffect, useMemo, useState } from 'react';

import type { MaturityModel } from '../../../domain/catalogue/types';
import { type AgendaOrder, meetingAgenda, nextRowToDiscuss } from '../../../domain/review/agenda';
import { bestFitsByRow } from '../../../domain/review/indexes';
import type { AgreedBestFit } from '../../../domain/review/types';
import { useVisuallyHidden } from '../../common/visually-hidden';
import { columnName, rowName } from '../parts/names';
import type { ReviewSnapshot } from '../data/review-state';
import { DecisionDialog } from '../../common/decision-dialog';
import { Agenda } from './agenda';
import { MeetingPresence } from './presence';
import type { MeetingLive, MeetingLiveSnapshot, RowChangeKind } from '../data/live';
import { MeetingRow } from './meeting-row';
import type { HostAdapter } from '../../../host/host-types';

const useStyles = makeStyles({
  meeting: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  layout: {
    display: 'grid',
    gridTemplateColumns: '20rem minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 800px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
});

/**
 * The meeting: the agenda on one side, the row under discussion on the other — who chose what, their notes,
 * and the agreed best fit. Other people's saves arrive through the live refresh and are announced.
 */
export function MeetingView(props: {
  snapshot: ReviewSnapshot;
  model: MaturityModel;
  host: HostAdapter;
  canEdit: boolean;
  rowId: string | null;
  onRowChange: (rowId: string) => void;
  /** The meeting's live layer, once joined (presence, the leader's row, the "row saved" signal). */
  live?: MeetingLive | undefined;
  liveSnapshot?: MeetingLiveSnapshot | undefined;
}): ReactNode {
  const styles = useStyles();
  const hidden = useVisuallyHidden().hidden;
  const { snapshot, model } = props;
  const review = snapshot.review.value;
  const [order, setOrder] = useState<AgendaOrder>('disagreement');
  const [moved, setMoved] = useState(false);
  const [movedOn, setMovedOn] = useState('');
  const [unsaved, setUnsaved] = useState(false);
  const [leavingFor, setLeavingFor] = useState<string | undefined>();
  const goTo = (rowId: string): void => {
    setMoved(true);
    setMovedOn('');
    props.onRowChange(rowId);
  };
  // Moving away from a best fit typed but not saved asks first.
  const select = (rowId: string): void => (unsaved ? setLeavingFor(rowId) : goTo(rowId));
  const items = useMemo(
    () => meetingAgenda(model, snapshot.reflections, review.participants, order),
    [model, snapshot.reflections, review.participants, order],
  );
  const agreed = useMemo(() => bestFitsByRow(snapshot.bestFits), [snapshot.bestFits]);
  const current = items.find((i) => i.row.id === props.rowId) ?? items[0]!;
  const { row } = current;
  const remote = snapshot.lastRemoteChange;
  const { live, liveSnapshot, onRowChange } = props;
  // Tell the others after a save went through, so they refresh that row at once (they poll anyway if this fails).
  const announce = (rowId: string, kind: RowChangeKind): void => void live?.announceRowChanged(rowId, kind).catch(() => {});

  // Everyone sees which row this browser is on (and, if it leads, this is the row the followers see).
  useEffect(() => void live?.showRow(row.id).catch(() => {}), [live, row.id]);
  // Following: go where the leader goes — but never away from a best fit typed and not yet saved.
  const leaderRow = liveSnapshot?.following ? liveSnapshot.facilitator?.rowId : undefined;
  useEffect(() => {
    if (leaderRow && !unsaved) onRowChange(leaderRow);
  }, [leaderRow, unsaved, onRowChange]);

  // Agreeing a row moves the meeting on to the next row not yet agreed, in agenda order.
  const moveOn = (fit: AgreedBestFit): void => {
    announce(fit.rowId, 'best-fit');
    const next = nextRowToDiscuss(items, fit.rowId, new Set([...agreed.keys(), fit.rowId]));
    const said = `Best fit for ${rowName(row)} saved: ${columnName(fit.column)}.`;
    if (next) {
      goTo(next.row.id);
      setMovedOn(`${said} Now on ${rowName(next.row)}.`);
    } else setMovedOn(`${said} Every row is agreed.`);
  };
  const remoteRow = remote && model.themes.flatMap((t) => t.rows).find((r) => r.id === remote.rowId);

  return (
    <div className={styles.meeting}>
    {live && liveSnapshot ? <MeetingPresence live={live} snapshot={liveSnapshot} rowId={row.id} /> : null}
    <div className={styles.layout}>
      <Agenda
        items={items}
        order={order}
        onOrderChange={setOrder}
        agreed={agreed}
        currentRowId={row.id}
        onSelect={select}
      />
      <MeetingRow
        item={current}
        review={review}
        stored={snapshot.bestFitVersions.get(row.id)}
        reflections={snapshot.reflections}
        host={props.host}
        canEdit={props.canEdit}
        takeFocus={moved}
        movedOn={movedOn}
        unsaved={unsaved}
        onDirtyChange={setUnsaved}
        onSaved={moveOn}
        onActionMade={() => announce(row.id, 'action')}
      />
      {leavingFor ? (
        <DecisionDialog
          title="Leave this row without saving?"
          confirmLabel="Leave without saving"
          onConfirm={async () => goTo(leavingFor)}
          onClose={() => setLeavingFor(undefined)}
        >
          The best fit for {rowName(row)} has changes that are not saved. To keep them, stay and choose Agree best fit.
        </DecisionDialog>
      ) : null}
      <div role="status" className={hidden}>
        {remote && remoteRow ? `Best fit for ${rowName(remoteRow)} saved by someone else: ${columnName(remote.column)}.` : ''}
      </div>
    </div>
    </div>
  );
}
