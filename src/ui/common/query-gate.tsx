import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { ErrorBar } from './error-bar';
import { EmptyState, Loading } from './states';

/**
 * The one busy / failed / not-set-up-yet block every feature view shows before its data: a read that found no
 * institution on the site (null) says so; a failed read offers Try again.
 */
export function QueryGate<T>(props: {
  readonly query: UseQueryResult<T | null>;
  /** What is loading, e.g. "Loading the provision map…". */
  readonly loading: string;
  /** The failure's title, e.g. "The provision map could not be loaded". */
  readonly failed: string;
  readonly children: (value: T) => ReactNode;
}): ReactNode {
  const { query } = props;
  if (query.isPending) return <Loading label={props.loading} />;
  if (query.isError) return <ErrorBar error={query.error} title={props.failed} onRetry={() => void query.refetch()} />;
  if (query.data === null) {
    return <EmptyState title="No institution yet">This team&apos;s site has no school or college set up in Waypoint yet.</EmptyState>;
  }
  return props.children(query.data);
}
