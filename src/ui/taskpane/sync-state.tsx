import { Caption1, MessageBar, MessageBarBody, ProgressBar, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { ErrorBar } from '../common/error-bar';
import { ProblemList } from './problem-list';
import { PublishPreview } from './publish-preview';
import type { SyncModel } from './use-sync';

/** Where a Publish or a Refresh has got to: working, problems to mend, the preview, progress, the outcome. */
export function SyncState(props: { sync: SyncModel }): ReactNode {
  const { state } = props.sync;
  switch (state.phase) {
    case 'idle':
      return null;
    case 'working':
      return <Spinner size="tiny" label={state.label} labelPosition="after" role="status" />;
    case 'invalid':
      return <ProblemList problems={state.problems} action="sent or changed" />;
    case 'preview':
      return <PublishPreview plan={state.plan} onConfirm={() => void props.sync.confirm()} onCancel={props.sync.cancel} />;
    case 'publishing':
      return (
        <div role="status">
          <ProgressBar value={state.progress.total === 0 ? 1 : state.progress.done / state.progress.total} aria-label="Publishing progress" />
          <Caption1>
            Published {state.progress.done} of {state.progress.total}
          </Caption1>
        </div>
      );
    case 'done':
      return (
        <MessageBar intent={state.failures ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            {state.message}
            {state.failures?.map((f) => (
              <div key={f.key}>{f.message}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return <ErrorBar error={state.error} onDismiss={props.sync.cancel} />;
  }
}
