import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';

import type { Institution } from '../../../domain/institution';
import type { AgreedBestFit, Review } from '../../../domain/review/types';
import type { Versioned } from '../../../shared/versioned';
import type { AsyncState } from '../../common/use-async';
import { LIVE_INTERVAL_MS, refreshOpenReview, serialRefresh, startLiveRefresh } from './delta';
import type { MeetingLive } from './live';
import type { ReviewData } from './adapter';
import type { ActionPlan, LoadedReview } from './port';
import { openedReview, type OpenReviewState, type ReviewSnapshot, snapshotOf, withBestFit } from './review-state';
import { useReviewData } from './review-port';
import { openReviewKey, reviewWrites, type ReviewWrites } from './writes';

const reviewListKey = ['reviews'] as const;

/** Every review of the institution, and the institution (the tab's start-up has both under way already). */
export function useReviewList(): UseQueryResult<[Versioned<Review>[], Institution | undefined]> {
  const data = useReviewData();
  return useQuery({ queryKey: reviewListKey, queryFn: () => Promise.all([data.listReviews(), data.institution()]) });
}

/** Creates a review and reads the list again, so it is there to open. */
export function useCreateReview(): (review: Review) => Promise<void> {
  const data = useReviewData();
  const client = useQueryClient();
  return useCallback(
    async (review) => {
      await data.createReview(review);
      await client.invalidateQueries({ queryKey: reviewListKey });
    },
    [data, client],
  );
}

/**
 * One review opened for live work, as the views show it: its watch starts before the read, so no change falls
 * between the two, and the entry is kept while the page lives (a reflection waiting for SharePoint is in it).
 */
export function useOpenReview(reviewId: string): UseQueryResult<ReviewSnapshot> {
  const data = useReviewData();
  return useQuery({
    queryKey: openReviewKey(reviewId),
    queryFn: async (): Promise<OpenReviewState> => {
      const watcher = data.watchReviews();
      await watcher.start();
      return openedReview(await data.loadReview(reviewId), watcher);
    },
    staleTime: Infinity,
    gcTime: Infinity,
    select: snapshotOf,
  });
}

const recordKey = (reviewId: string | undefined) => ['review', reviewId, 'record'] as const;

/** A review read once, as it stands (an earlier review, for a comparison). */
export function useReviewRecord(reviewId: string | undefined): UseQueryResult<LoadedReview> {
  const data = useReviewData();
  return useQuery({ queryKey: recordKey(reviewId), queryFn: () => data.loadReview(reviewId!), enabled: reviewId !== undefined });
}

/** Reads reviews as they stand when asked (the history's comparison), through the same cache. */
export function useFetchReviewRecord(): (reviewId: string) => Promise<LoadedReview> {
  const data = useReviewData();
  const client = useQueryClient();
  return useCallback((reviewId) => client.fetchQuery({ queryKey: recordKey(reviewId), queryFn: () => data.loadReview(reviewId) }), [client, data]);
}

const actionPlanKey = ['review', 'action-plan'] as const;

/** This academic year's priorities and actions, for "Make this an action" (read afresh each time the dialog opens). */
export function useActionPlan(): UseQueryResult<ActionPlan> {
  const data = useReviewData();
  return useQuery({ queryKey: actionPlanKey, queryFn: () => data.loadActionPlan(), staleTime: 0 });
}

/** Adds an action made from a next step, then reads the plan again (the dialog's, and the plan view's when it shows). */
export function useAddPlanAction(): ReviewData['addPlanAction'] {
  const data = useReviewData();
  const client = useQueryClient();
  return useCallback(
    async (action, sortOrder) => {
      const saved = await data.addPlanAction(action, sortOrder);
      await Promise.all([client.invalidateQueries({ queryKey: actionPlanKey }), client.invalidateQueries({ queryKey: ['plan'] })]);
      return saved;
    },
    [data, client],
  );
}

/**
 * Puts a row's best fit into the open review's cache entry: the one the meeting's form saved, or the one it
 * found stored when someone saved first (the form saves through the port itself).
 */
export function useHoldBestFit(reviewId: string): (fit: Versioned<AgreedBestFit>) => void {
  const client = useQueryClient();
  return useCallback(
    (fit) => void client.setQueryData<OpenReviewState>(openReviewKey(reviewId), (s) => (s ? withBestFit(s, fit) : s)),
    [client, reviewId],
  );
}

/** The writes to an open review, put into its cache entry as they go. */
export function useReviewWrites(reviewId: string): ReviewWrites {
  const data = useReviewData();
  const client = useQueryClient();
  return useMemo(() => reviewWrites(client, data, reviewId), [client, data, reviewId]);
}

/**
 * Keeps an open review up to date: an incremental refresh every `intervalMs` while the page is visible, and at
 * once when the meeting's live layer says someone saved a row.
 */
export function useReviewDelta(reviewId: string, open: boolean, live: MeetingLive | undefined, intervalMs = LIVE_INTERVAL_MS): void {
  const client = useQueryClient();
  const refresh = useMemo(() => serialRefresh(() => refreshOpenReview(client, reviewId)), [client, reviewId]);
  useEffect(() => (open ? startLiveRefresh({ refresh }, { intervalMs }) : undefined), [open, refresh, intervalMs]);
  useEffect(() => (open && live ? live.onRowChanged(() => void refresh()) : undefined), [open, live, refresh]);
}

/** A query's state in the shape `useRetryWhileUnreachable` and the loading and error blocks take. */
export function useQueryState<T>(query: UseQueryResult<T>): AsyncState<T> & { reload: () => void } {
  const { refetch } = query;
  const reload = useCallback((): void => void refetch(), [refetch]);
  if (query.isSuccess) return { status: 'ready', value: query.data, reload };
  if (query.isError) return { status: 'failed', error: query.error, reload };
  return { status: 'loading', reload };
}
