import { makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import type { MaturityModel } from '../../../domain/catalogue/types';
import type { AgreedBestFit } from '../../../domain/review/types';
import type { ReviewSnapshot } from '../data/review-state';
import { Agenda } from './agenda';
import { LeaveRowDialog } from './leave-row-dialog';
import { MeetingPresence } from './presence';
import type { MeetingLive, MeetingLiveSnapshot, RowChangeKind } from '../data/live';
import { MeetingRow } from './meeting-row';
import { RemoteSaveNote } from './remote-save-note';
import { useFollowLeader } from './use-follow-leader';
import { useMeetingAgenda } from './use-meeting-agenda';
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
  const { snapshot, model } = props;
  const review = snapshot.review.value;
  const agenda = useMeetingAgenda(model, snapshot, props.rowId, props.onRowChange);
  const [unsaved, setUnsaved] = useState(false);
  const [leavingFor, setLeavingFor] = useState<string | undefined>();
  // Moving away from a best fit typed but not saved asks first.
  const select = (rowId: string): void => (unsaved ? setLeavingFor(rowId) : agenda.goTo(rowId));
  const { row } = agenda.current;
  const { live, liveSnapshot } = props;
  // Tell the others after a save went through, so they refresh that row at once (they poll anyway if this fails).
  const announce = (rowId: string, kind: RowChangeKind): void => void live?.announceRowChanged(rowId, kind).catch(() => {});
  useFollowLeader({ live, liveSnapshot, rowId: row.id, unsaved, onRowChange: props.onRowChange });
  const agreeAndMoveOn = (fit: AgreedBestFit): void => {
    announce(fit.rowId, 'best-fit');
    agenda.moveOn(fit);
  };

  return (
    <div className={styles.meeting}>
    {live && liveSnapshot ? <MeetingPresence live={live} snapshot={liveSnapshot} rowId={row.id} /> : null}
    <div className={styles.layout}>
      <Agenda
        items={agenda.items}
        order={agenda.order}
        onOrderChange={agenda.setOrder}
        agreed={agenda.agreed}
        currentRowId={row.id}
        onSelect={select}
      />
      <MeetingRow
        item={agenda.current}
        review={review}
        stored={snapshot.bestFitVersions.get(row.id)}
        reflections={snapshot.reflections}
        host={props.host}
        canEdit={props.canEdit}
        takeFocus={agenda.moved}
        movedOn={agenda.movedOn}
        unsaved={unsaved}
        onDirtyChange={setUnsaved}
        onSaved={agreeAndMoveOn}
        onActionMade={() => announce(row.id, 'action')}
      />
      {leavingFor ? <LeaveRowDialog row={row} onLeave={() => agenda.goTo(leavingFor)} onClose={() => setLeavingFor(undefined)} /> : null}
      <RemoteSaveNote model={model} remote={snapshot.lastRemoteChange} />
    </div>
    </div>
  );
}
