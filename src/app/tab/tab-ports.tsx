import { type ReactNode, useMemo } from 'react';

import type { DataContext } from '../../data/data-context';
import { portContext } from '../../ui/common/port-context';
import type { ReviewData } from '../../ui/review/data/adapter';
import { ProvideReviewData } from '../../ui/review/data/review-port';
import { type JoinMeeting, ProvideJoinMeeting } from '../../ui/review/data/live';

/**
 * The review's port, and the team site's data context from which each other view builds its own port when it
 * is opened, so the plan's, the map's and the report's data code load with their views, not before the review.
 */
export interface TabPorts {
  readonly reviews: ReviewData;
  /** The meeting's live layer for an open review (Live Share in a meeting, polling elsewhere). */
  readonly joinMeeting: JoinMeeting;
  readonly site: DataContext;
}

const site = portContext<DataContext>("The team site's data context");

/** Gives the review its port and the other views the site to build theirs from. */
export function ProvideTabPorts(props: { ports: TabPorts; children: ReactNode }): ReactNode {
  const { ports } = props;
  return (
    <ProvideReviewData port={ports.reviews}>
      <ProvideJoinMeeting port={ports.joinMeeting}>
        <site.Provide port={ports.site}>{props.children}</site.Provide>
      </ProvideJoinMeeting>
    </ProvideReviewData>
  );
}

/** A view's port, built once over the team site (`create` is a module-level adapter factory). */
export function useViewPort<T>(create: (ctx: DataContext) => T): T {
  const ctx = site.usePort();
  return useMemo(() => create(ctx), [create, ctx]);
}
