import { type ReactNode, Suspense, useMemo } from 'react';

import type { MaturityModel, ModelVariant } from '../../domain/catalogue/types';
import type { Participant, Review } from '../../domain/review/types';
import type { Versioned } from '../../shared/versioned';
import { preloadMaturityRowText } from '../common/maturity-model';
import { preloadable } from '../common/preloadable';
import { useServices } from '../common/services-context';
import { EmptyState, Loading } from '../common/states';
import type { MeetingLive, MeetingLiveSnapshot } from './data/live';
import type { ReviewSnapshot } from './data/review-state';
import type { ReviewWrites } from './data/writes';
import { previousReviewOf } from './review-order';
import { type Section, sections } from './sections';

// Each section is its own chunk, fetched while the review is read (OpenReview), so the review opens with the code
// of the section it shows only.
const sectionViews = {
  reflect: preloadable(() => import('./reflect/reflect-view').then((m) => m.ReflectView)),
  meeting: preloadable(() => import('./meet/meeting-view').then((m) => m.MeetingView)),
  snapshot: preloadable(() => import('./snapshot/snapshot-view').then((m) => m.SnapshotView)),
  history: preloadable(() => import('./history/history-view').then((m) => m.HistoryView)),
} as const;
const ReflectView = sectionViews.reflect.Component;
const MeetingView = sectionViews.meeting.Component;
const SnapshotView = sectionViews.snapshot.Component;
const HistoryView = sectionViews.history.Component;

/**
 * Starts fetching what a section needs besides the review: its code and, if it shows rows in full, the model's row
 * text. Called as soon as the section is known (the tab's start-up, or the section chosen), so both travel beside
 * the review's data rather than after it.
 */
export function preloadSection(section: Section, variant: ModelVariant): void {
  void sectionViews[section].preload();
  if (sections.find((s) => s.id === section)?.showsRowText) preloadMaturityRowText(variant);
}

/** The open review's chosen section: reflecting, the meeting, the snapshot or the history. */
export function ReviewSection(props: {
  section: Section;
  snapshot: ReviewSnapshot;
  writes: ReviewWrites;
  model: MaturityModel;
  /** The signed-in person's place on the review's panel, if they have one. */
  me: Participant | undefined;
  canEdit: boolean;
  all: readonly Versioned<Review>[];
  rowId: string | null;
  onRowChange: (rowId: string) => void;
  onOpen: (reviewId: string) => void;
  live: MeetingLive | undefined;
  liveSnapshot: MeetingLiveSnapshot | undefined;
}): ReactNode {
  const { host } = useServices();
  const review = props.snapshot.review.value;
  const previous = useMemo(() => previousReviewOf(review, props.all), [review, props.all]);
  return (
    <Suspense fallback={<Loading label="Opening the section" />}>
    {props.section === 'reflect' ? (
      props.me ? (
        <ReflectView
          writes={props.writes}
          snapshot={props.snapshot}
          model={props.model}
          me={props.me}
          canEdit={props.canEdit}
          rowId={props.rowId}
          onRowChange={props.onRowChange}
        />
      ) : (
        <EmptyState title="You are not on this review's panel">
          Only the review&apos;s participants reflect beforehand: {props.snapshot.review.value.participants.map((p) => p.displayName).join(', ')}. You
          can follow the meeting and see the snapshot.
        </EmptyState>
      )
    ) : null}
    {props.section === 'meeting' ? (
      <MeetingView
        snapshot={props.snapshot}
        model={props.model}
        host={host}
        canEdit={props.canEdit}
        rowId={props.rowId}
        onRowChange={props.onRowChange}
        live={props.live}
        liveSnapshot={props.liveSnapshot}
      />
    ) : null}
    {props.section === 'snapshot' ? (
      <SnapshotView model={props.model} snapshot={props.snapshot} previousReview={previous} />
    ) : null}
    {props.section === 'history' ? (
      <HistoryView reviews={props.all} currentId={props.snapshot.review.value.id} onOpen={props.onOpen} />
    ) : null}
    </Suspense>
  );
}
