import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { userMessage } from './user-message';


// Shown as written by the error bar; kept importable from here, where the other areas already take it.
export { UserFacingError } from './user-facing-error';

/** A failed action in plain words (GraphError's `userMessage`), with a retry when one makes sense. */
export function ErrorBar(props: { error: unknown; title?: string; onRetry?: () => void; onDismiss?: () => void }): ReactNode {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {props.title ? <MessageBarTitle>{props.title}</MessageBarTitle> : null}
        {messageOf(props.error)}
      </MessageBarBody>
      {props.onRetry || props.onDismiss ? (
        <MessageBarActions>
          {props.onRetry ? <Button onClick={props.onRetry}>Try again</Button> : null}
          {props.onDismiss ? <Button onClick={props.onDismiss}>Dismiss</Button> : null}
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}

/** Errors whose message was written for people (ours, and the host's "not available here"). */
const plainWordErrors = new Set(['NotSupportedError', 'UserFacingError', 'RuntimeConfigError', 'ProvisioningPermissionError']);

/** Plain words for any failure: Graph's own, or the message of an error written for people. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && plainWordErrors.has(error.name)) return error.message;
  return userMessage(error);
}
