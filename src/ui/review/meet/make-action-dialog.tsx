import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { MaturityRow } from '../../../domain/catalogue/types';
import { actionPlacedMessage } from '../../../domain/plan/from-review';
import type { AgreedBestFit } from '../../../domain/review/types';
import { ErrorBar, UserFacingError } from '../../common/error-bar';
import { NextStepActionDialog } from '../../common/next-step-action-dialog';
import type { MadeFromNextStep } from '../../common/next-step-draft';
import { Loading } from '../../common/states';
import { useActionPlan, useAddPlanAction, useQueryState } from '../data/queries';

/**
 * The row's agreed next steps made into an action in this year's action plan (loaded when the dialog opens; the
 * plan needs a priority to put it under), with any actions already made from this row shown first.
 */
export function MakeActionDialog(props: {
  bestFit: AgreedBestFit;
  row: MaturityRow;
  onPlaced: (message: string) => void;
  onClose: () => void;
}): ReactNode {
  const addPlanAction = useAddPlanAction();
  const plan = useQueryState(useActionPlan());
  const loaded = plan.status === 'ready' ? plan.value : undefined;
  const ready = loaded && loaded.priorities.length > 0 ? loaded : undefined;
  const earlier = loaded?.actions.filter(
    (a) => a.fromReview?.reviewId === props.bestFit.reviewId && a.fromReview.rowId === props.row.id,
  );
  const save = async ({ action }: MadeFromNextStep): Promise<void> => {
    const saved = await addPlanAction(action, ready!.actions.length);
    const priority = ready!.priorities.find((p) => p.id === saved.value.priorityId)!;
    props.onPlaced(actionPlacedMessage(saved.value, priority));
  };
  return (
    <NextStepActionDialog
      bestFit={props.bestFit}
      row={props.row}
      intro={`Agreed next steps for ${props.row.id} ${props.row.title}:`}
      priorities={ready?.priorities}
      waiting={
        <>
          {plan.status === 'loading' ? <Loading label="Loading this year's action plan…" /> : null}
          {plan.status === 'failed' ? <ErrorBar error={plan.error} onRetry={plan.reload} /> : null}
          {loaded && !ready ? (
            <ErrorBar
              error={
                new UserFacingError(
                  "This year's strategic careers plan has no priorities yet. Add one in the plan, then make this an action.",
                )
              }
            />
          ) : null}
        </>
      }
      notice={
        earlier && earlier.length > 0 ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {earlier.length === 1 ? 'An action' : `${earlier.length} actions`} in the plan already came from this row:{' '}
              {earlier.map((a) => `“${a.action}”${a.lead ? `, led by ${a.lead}` : ''}`).join('; ')}.
            </MessageBarBody>
          </MessageBar>
        ) : null
      }
      save={save}
      onClose={props.onClose}
    />
  );
}
