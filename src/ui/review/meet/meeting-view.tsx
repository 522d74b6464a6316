import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { type ReactNode, useEffect, useId, useMemo, useState } from 'react';

import type { MaturityModel } from '../../../domain/catalogue/types';
import { type AgendaOrder, meetingAgenda, nextRowToDiscuss } from '../../../domain/review/agenda';
import { bestFitsByRow } from '../../../domain/review/indexes';
import type { AgreedBestFit } from '../../../domain/review/types';
import type { Versioned } from '../../../shared/versioned';
import { RowEvidenceSlot } from '../../common/feature-slots';
import { useVisuallyHidden } from '../../common/visually-hidden';
import { columnName, rowName } from '../parts/names';
import { RowHeader } from '../parts/row-header';
import type { ReviewSnapshot } from '../data/review-state';
import type { ReviewWrites } from '../data/writes';
import { DecisionDialog } from '../../common/decision-dialog';
import { Agenda } from './agenda';
import { BestFitForm } from './best-fit-form';
import { ColumnDescriptors } from './column-descriptors';
import { MakeActionButton } from './make-action';
import { MeetingPresence } from './presence';
import type { MeetingLive, MeetingLiveSnapshot, RowChangeKind } from '../data/live';
import { ShareToStage } from './share-to-stage';
import { ReflectionNotes, SpreadTable } from './spread-table';
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
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  notesHeading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
});

/**
 * The meeting: the agenda on one side, the row under discussion on the other — who chose what, their notes,
 * and the agreed best fit. Other people's saves arrive through the live refresh and are announced.
 */
export function MeetingView(props: {
  writes: ReviewWrites;
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
  const headingId = useId();
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
  const { row, theme, spread } = current;
  const remote = snapshot.lastRemoteChange;
  const storedFit = snapshot.bestFitVersions.get(row.id)?.value;
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
  const agreeAndMoveOn = async (fit: AgreedBestFit, basedOn: Versioned<AgreedBestFit> | null): Promise<Versioned<AgreedBestFit>> => {
    const saved = await props.writes.saveBestFit(fit, basedOn);
    announce(fit.rowId, 'best-fit');
    const next = nextRowToDiscuss(items, fit.rowId, new Set([...agreed.keys(), fit.rowId]));
    const said = `Best fit for ${rowName(row)} saved: ${columnName(fit.column)}.`;
    if (next) {
      goTo(next.row.id);
      setMovedOn(`${said} Now on ${rowName(next.row)}.`);
    } else setMovedOn(`${said} Every row is agreed.`);
    return saved;
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
      <article className={styles.row} aria-labelledby={headingId}>
        {movedOn ? (
          <MessageBar intent="success">
            <MessageBarBody>{movedOn}</MessageBarBody>
          </MessageBar>
        ) : null}
        <RowHeader row={row} theme={theme} headingId={headingId} level="h3" takeFocus={moved} />
        <RowEvidenceSlot rowId={row.id} />
        <ShareToStage host={props.host} reviewId={review.id} rowId={row.id} rowLabel={row.id} />
        <ColumnDescriptors row={row} headingLevel="h4" />
        <SpreadTable spread={spread} caption={`Reflections on ${row.id}: who chose what`} />
        <div>
          <h4 className={styles.notesHeading}>Notes from the reflections</h4>
          <ReflectionNotes
            reflections={snapshot.reflections.filter((r) => r.rowId === row.id)}
            participants={review.participants}
          />
        </div>
        <BestFitForm
          key={row.id}
          reviewId={review.id}
          rowId={row.id}
          participants={review.participants}
          stored={snapshot.bestFitVersions.get(row.id)}
          canEdit={props.canEdit}
          save={agreeAndMoveOn}
          onDirtyChange={setUnsaved}
        />
        {props.canEdit && storedFit && storedFit.nextSteps.trim() !== '' && !unsaved ? (
          <MakeActionButton key={`action-${row.id}`} bestFit={storedFit} row={row} onMade={() => announce(row.id, 'action')} />
        ) : null}
      </article>
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
