import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { type ReactNode, useEffect, useState } from 'react';

import { isGraphError } from '../../shared/service-error';
import type { AsyncState } from './use-async';

/** How long after a failure to try SharePoint again by ourselves. */
export const UNREACHABLE_RETRY_MS = 5_000;

/** No answer from SharePoint at all (no connection, or no answer in time), as opposed to a refusal. */
export function isUnreachable(error: unknown): boolean {
  return isGraphError(error) && error.status === 0;
}

/**
 * While a load fails because SharePoint cannot be reached, tries it again every few seconds and as soon as the
 * browser is back online. Returns true from the first such failure until a load succeeds, so the view can keep
 * saying so between attempts instead of flickering back to a spinner.
 */
export function useRetryWhileUnreachable(state: AsyncState<unknown> & { reload: () => void }): boolean {
  const [down, setDown] = useState(false);
  const failedUnreachable = state.status === 'failed' && isUnreachable(state.error);
  const { status, reload } = state;
  useEffect(() => {
    if (status === 'ready') setDown(false);
    if (!failedUnreachable) return;
    setDown(true);
    const timer = setTimeout(reload, UNREACHABLE_RETRY_MS);
    window.addEventListener('online', reload);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', reload);
    };
  }, [status, failedUnreachable, reload]);
  return down;
}

/** "Can't reach SharePoint — retrying", with a way to try at once. */
export function UnreachableBar(props: { onRetry: () => void }): ReactNode {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Can&apos;t reach SharePoint — retrying</MessageBarTitle>
        Check your connection. Waypoint keeps trying every few seconds; nothing you have typed is lost.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onRetry}>Retry now</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
