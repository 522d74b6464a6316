import { type ReactNode, useEffect } from 'react';

import { ErrorBar } from '../common/error-bar';
import { useServices } from '../common/services-context';
import { preloadMaturityModel } from '../common/maturity-model';
import { Loading } from '../common/states';
import { UnreachableBar, useRetryWhileUnreachable } from '../common/unreachable';
import { useOpenReview, useQueryState, useReviewDelta } from './data/queries';
import { LIVE_INTERVAL_MS } from './data/delta';
import { refreshIntervalMs } from './data/live';
import { useLiveSnapshot, useMeetingLive } from './meet/use-meeting-live';
import { participantFor } from './participant-for';
import { preloadSection } from './review-section';
import type { OpenReviewProps } from './open-review-props';
import { SessionArea } from './session-area';

export { preloadSection } from './review-section';

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
