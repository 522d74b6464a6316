import { lazy, type ReactNode, Suspense } from 'react';

import type { ModelVariant } from '../../domain/catalogue/types';
import { ErrorBar } from '../common/error-bar';
import { useServices } from '../common/services-context';
import { useCreateReview, useQueryState, useReviewList } from './data/queries';
import { EmptyState, Loading } from '../common/states';
import { UnreachableBar, useRetryWhileUnreachable } from '../common/unreachable';
import { useQueryParam } from '../common/url-state';
import { OpenReview } from './open-review';
import { currentReview } from './review-order';
import { defaultSection, isSection, type Section } from './sections';

// The form that starts a review is its own chunk: most openings show a review instead.
const StartReview = lazy(() => import('./start/start-review').then((m) => ({ default: m.StartReview })));

/**
 * The Careers Impact internal leadership review: which review is open (the newest under way, or the one the
 * address names) and which of its sections, or the form that starts a new one (`?section=start`).
 */
export function ReviewArea(props: { defaultVariant: ModelVariant }): ReactNode {
  const services = useServices();
  const { user, host } = services;
  const createReview = useCreateReview();
  const [reviewParam, setReviewParam] = useQueryParam('review');
  const [sectionParam, setSectionParam] = useQueryParam('section');
  const [rowParam, setRowParam] = useQueryParam('row');
  const list = useQueryState(useReviewList());
  const unreachable = useRetryWhileUnreachable(list);

  if (unreachable && list.status !== 'ready') return <UnreachableBar onRetry={list.reload} />;
  if (list.status === 'loading') return <Loading label="Loading the reviews" />;
  if (list.status === 'failed') return <ErrorBar title="The reviews could not be loaded" error={list.error} onRetry={list.reload} />;

  const [all, institution] = list.value;
  const open = all.find((r) => r.value.id === reviewParam) ?? currentReview(all);
  const show = (section: Section | 'start', reviewId?: string): void => {
    if (reviewId) setReviewParam(reviewId);
    setRowParam(null);
    setSectionParam(section);
  };
  const sectionOf = (reviewId: string | undefined): Section =>
    defaultSection(all.find((r) => r.value.id === reviewId)?.value, host.context.frame);
  const canEdit = !user.readOnly;

  if (canEdit && (!open || sectionParam === 'start')) {
    return (
      <Suspense fallback={<Loading label="Opening the form" />}>
      <StartReview
        host={host}
        user={user}
        institutionId={institution?.id ?? open?.value.institutionId ?? 'institution'}
        defaultVariant={institution?.variant ?? props.defaultVariant}
        create={async (review) => {
          await createReview(review);
          show('reflect', review.id);
        }}
        onCancel={open ? () => show(sectionOf(open.value.id)) : undefined}
      />
      </Suspense>
    );
  }
  if (!open) {
    return (
      <EmptyState title="No internal leadership review yet">
        When the Careers Leader starts one, it appears here for everyone taking part.
      </EmptyState>
    );
  }
  return (
    <OpenReview
      key={open.value.id}
      review={open}
      all={all}
      section={isSection(sectionParam) ? sectionParam : sectionOf(open.value.id)}
      rowId={rowParam}
      onRowChange={setRowParam}
      onSection={(section) => show(section)}
      onOpen={(id) => show(sectionOf(id), id)}
      onStartNew={() => show('start')}
      canEdit={canEdit}
    />
  );
}
