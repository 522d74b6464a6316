import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { lazy, type ReactNode, Suspense, useEffect, useMemo, useRef } from 'react';

import type { Participant, Review } from '../../domain/review/types';
import { ErrorBar } from '../common/error-bar';
import { type SignedInUser, useServices } from '../common/services-context';
import { useReviewData } from './data/queries';
import { SignedInLine } from '../common/signed-in-line';
import { preloadMaturityModel, useMaturityModel } from '../common/maturity-model';
import { EmptyState, Loading } from '../common/states';
import { useAsync } from '../common/use-async';
import { UnreachableBar, useRetryWhileUnreachable } from '../common/unreachable';
import { ReviewHeader } from './review-header';
import { previousReviewOf } from './review-order';
import { type Section, sections } from './sections';
import { LIVE_INTERVAL_MS, serialRefresh, startLiveRefresh } from './session/live-refresh';
import { type MeetingLive, type MeetingLiveSnapshot, refreshIntervalMs } from './data/live';
import { useLiveSnapshot, useMeetingLive } from './meet/use-meeting-live';
import { openReviewSession, type ReviewSession } from './session/review-session';
import { useSessionSnapshot } from './session/use-session';
import type { Versioned } from '../../shared/versioned';

// Each section is its own chunk, fetched while the review is read (OpenReview), so the review opens with the code
// of the section it shows only.
const sectionChunks = {
  reflect: () => import('./reflect/reflect-view'),
  meeting: () => import('./meet/meeting-view'),
  snapshot: () => import('./snapshot/snapshot-view'),
  history: () => import('./history/history-view'),
} as const;
const ReflectView = lazy(() => sectionChunks.reflect().then((m) => ({ default: m.ReflectView })));
const MeetingView = lazy(() => sectionChunks.meeting().then((m) => ({ default: m.MeetingView })));
const SnapshotView = lazy(() => sectionChunks.snapshot().then((m) => ({ default: m.SnapshotView })));
const HistoryView = lazy(() => sectionChunks.history().then((m) => ({ default: m.HistoryView })));

/** Starts fetching a section's code (the tab's start-up does, as soon as it knows which section opens). */
export function preloadSection(section: Section): void {
  void sectionChunks[section]().catch(() => undefined);
}

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // Wraps rather than hides a section in the narrow meeting side panel.
  sections: { flexWrap: 'wrap', '@media print': { display: 'none' } },
});

/** The participant the signed-in person is, matched on user principal name or Entra object id. */
export function participantFor(user: SignedInUser, participants: readonly Participant[]): Participant | undefined {
  const ids = [user.upn, user.entraId].filter(Boolean).map((id) => id!.toLowerCase());
  return participants.find((p) => ids.includes(p.id.toLowerCase()));
}

interface OpenReviewProps {
  review: Versioned<Review>;
  all: readonly Versioned<Review>[];
  section: Section;
  rowId: string | null;
  onRowChange: (rowId: string) => void;
  onSection: (section: Section) => void;
  onOpen: (reviewId: string) => void;
  onStartNew: () => void;
  canEdit: boolean;
}

/** One review, opened for live work: loaded with its watch started, refreshed while the page is visible. */
export function OpenReview(props: OpenReviewProps): ReactNode {
  const data = useReviewData();
  const { user } = useServices();
  const reviewId = props.review.value.id;
  const loaded = useAsync(() => openReviewSession(data, reviewId), [data, reviewId]);
  const session = loaded.status === 'ready' ? loaded.value : undefined;
  useEffect(() => preloadSection(props.section), [props.section]);
  useEffect(() => preloadMaturityModel(props.review.value.variant), [props.review.value.variant]);

  // The meeting's live layer: who is here, the leader's row, and a signal when a row is saved (then refresh at
  // once, and poll only as a slow safety net while the signal is connected).
  const me = participantFor(user, props.review.value.participants);
  const live = useMeetingLive(reviewId, {
    participantId: me?.id ?? user.upn ?? user.displayName,
    displayName: me?.displayName ?? user.displayName,
  });
  const liveSnapshot = useLiveSnapshot(live);
  const intervalMs = liveSnapshot ? refreshIntervalMs(liveSnapshot, LIVE_INTERVAL_MS) : LIVE_INTERVAL_MS;
  const refresh = useMemo(() => (session ? serialRefresh(() => session.refresh()) : undefined), [session]);
  useEffect(() => (refresh ? startLiveRefresh({ refresh }, { intervalMs }) : undefined), [refresh, intervalMs]);
  useEffect(() => (refresh && live ? live.onRowChanged(() => void refresh()) : undefined), [refresh, live]);
  const unreachable = useRetryWhileUnreachable(loaded);

  if (unreachable && loaded.status !== 'ready') return <UnreachableBar onRetry={loaded.reload} />;
  if (loaded.status === 'loading') return <Loading label="Opening the review" />;
  if (loaded.status === 'failed') return <ErrorBar title="The review could not be opened" error={loaded.error} onRetry={loaded.reload} />;
  return <SessionArea {...props} session={loaded.value} live={live} liveSnapshot={liveSnapshot} />;
}

/** The open review's header, section tabs and the chosen section. Agreed reviews are a record: read-only. */
function SessionArea(
  props: OpenReviewProps & { session: ReviewSession; live: MeetingLive | undefined; liveSnapshot: MeetingLiveSnapshot | undefined },
): ReactNode {
  const styles = useStyles();
  const services = useServices();
  const reviews = useReviewData();
  const snapshot = useSessionSnapshot(props.session);
  const review = snapshot.review.value;
  const model = useMaturityModel(review.variant);
  const me = participantFor(services.user, review.participants);
  const canEdit = props.canEdit && review.status !== 'agreed';
  // Who agrees or reopens: the participant, else the signed-in person as the host names them.
  const whoIAm = me?.id ?? services.user.upn ?? services.user.displayName;
  const previous = useMemo(() => previousReviewOf(review, props.all), [review, props.all]);

  // When the meeting starts (here or in someone else's window) everyone goes to it, on the agenda's first row.
  const { onSection } = props;
  const lastStatus = useRef(review.status);
  useEffect(() => {
    if (lastStatus.current === 'preparing' && review.status === 'meeting') onSection('meeting');
    lastStatus.current = review.status;
  }, [review.status, onSection]);

  return (
    <div className={styles.area}>
      <ReviewHeader
        review={review}
        model={model}
        bestFits={snapshot.bestFits}
        canEdit={props.canEdit}
        onStatus={(status) => props.session.setStatus(status)}
        onAgree={() => props.session.agree(whoIAm, model)}
        onReopen={(reason) => props.session.reopen(whoIAm, reason, props.canEdit)}
        nameOf={(id) => review.participants.find((p) => p.id === id)?.displayName ?? id}
        onStartNew={props.onStartNew}
        extra={
          services.localSignIn ? (
            <SignedInLine user={services.user} localSignIn={services.localSignIn} participants={review.participants} />
          ) : undefined
        }
      />
      {snapshot.refreshError ? <ErrorBar title="Live updates paused" error={snapshot.refreshError} /> : null}
      <TabList
        className={styles.sections}
        selectedValue={props.section}
        onTabSelect={(_, data) => props.onSection(data.value as Section)}
        aria-label="Review sections"
      >
        {sections.map((s) => (
          <Tab key={s.id} value={s.id}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={sections.find((s) => s.id === props.section)?.name}>
        <Suspense fallback={<Loading label="Opening the section" />}>
        {props.section === 'reflect' ? (
          me ? (
            <ReflectView
              session={props.session}
              snapshot={snapshot}
              model={model}
              me={me}
              canEdit={canEdit}
              rowId={props.rowId}
              onRowChange={props.onRowChange}
            />
          ) : (
            <EmptyState title="You are not on this review's panel">
              Only the review&apos;s participants reflect beforehand: {review.participants.map((p) => p.displayName).join(', ')}. You
              can follow the meeting and see the snapshot.
            </EmptyState>
          )
        ) : null}
        {props.section === 'meeting' ? (
          <MeetingView
            session={props.session}
            snapshot={snapshot}
            model={model}
            host={services.host}
            canEdit={canEdit}
            rowId={props.rowId}
            onRowChange={props.onRowChange}
            live={props.live}
            liveSnapshot={props.liveSnapshot}
          />
        ) : null}
        {props.section === 'snapshot' ? (
          <SnapshotView data={reviews} model={model} snapshot={snapshot} previousReview={previous} />
        ) : null}
        {props.section === 'history' ? (
          <HistoryView data={reviews} reviews={props.all} currentId={review.id} onOpen={props.onOpen} />
        ) : null}
        </Suspense>
      </div>
    </div>
  );
}
