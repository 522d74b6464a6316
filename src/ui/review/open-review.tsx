import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { type ReactNode, useEffect, useRef } from 'react';

import type { Participant, Review } from '../../domain/review/types';
import { ErrorBar } from '../common/error-bar';
import { type SignedInUser, useServices } from '../common/services-context';
import { useOpenReview, useQueryState, useReviewDelta, useReviewWrites } from './data/queries';
import { SignedInLine } from '../common/signed-in-line';
import { preloadMaturityModel, useMaturityModel } from '../common/maturity-model';
import { Loading } from '../common/states';
import { UnreachableBar, useRetryWhileUnreachable } from '../common/unreachable';
import { ReviewHeader } from './review-header';
import { preloadSection, ReviewSection } from './review-section';
import { type Section, sections } from './sections';
import { LIVE_INTERVAL_MS } from './data/delta';
import { type MeetingLive, type MeetingLiveSnapshot, refreshIntervalMs } from './data/live';
import type { ReviewSnapshot } from './data/review-state';
import { useLiveSnapshot, useMeetingLive } from './meet/use-meeting-live';
import type { Versioned } from '../../shared/versioned';

export { preloadSection } from './review-section';

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
  const { user } = useServices();
  const reviewId = props.review.value.id;
  const query = useOpenReview(reviewId);
  const loaded = useQueryState(query);
  useEffect(() => preloadSection(props.section, props.review.value.variant), [props.section, props.review.value.variant]);
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
  useReviewDelta(reviewId, query.isSuccess, live, intervalMs);
  const unreachable = useRetryWhileUnreachable(loaded);

  if (unreachable && loaded.status !== 'ready') return <UnreachableBar onRetry={loaded.reload} />;
  if (loaded.status === 'loading') return <Loading label="Opening the review" />;
  if (loaded.status === 'failed') return <ErrorBar title="The review could not be opened" error={loaded.error} onRetry={loaded.reload} />;
  return <SessionArea {...props} snapshot={loaded.value} live={live} liveSnapshot={liveSnapshot} />;
}

/** The open review's header, section tabs and the chosen section. Agreed reviews are a record: read-only. */
function SessionArea(
  props: OpenReviewProps & { snapshot: ReviewSnapshot; live: MeetingLive | undefined; liveSnapshot: MeetingLiveSnapshot | undefined },
): ReactNode {
  const styles = useStyles();
  const services = useServices();
  const { snapshot } = props;
  const writes = useReviewWrites(snapshot.review.value.id);
  const review = snapshot.review.value;
  const model = useMaturityModel(review.variant);
  const me = participantFor(services.user, review.participants);
  const canEdit = props.canEdit && review.status !== 'agreed';
  // Who agrees or reopens: the participant, else the signed-in person as the host names them.
  const whoIAm = me?.id ?? services.user.upn ?? services.user.displayName;

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
        onStatus={(status) => writes.setStatus(status)}
        onAgree={() => writes.agree(whoIAm, model)}
        onReopen={(reason) => writes.reopen(whoIAm, reason, props.canEdit)}
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
        <ReviewSection
          section={props.section}
          snapshot={snapshot}
          writes={writes}
          model={model}
          me={me}
          canEdit={canEdit}
          all={props.all}
          rowId={props.rowId}
          onRowChange={props.onRowChange}
          onOpen={props.onOpen}
          live={props.live}
          liveSnapshot={props.liveSnapshot}
        />
      </div>
    </div>
  );
}
