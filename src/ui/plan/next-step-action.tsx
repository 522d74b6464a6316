import { Button } from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import { type ReactNode, useRef, useState } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import type { MaturityRow } from '../../domain/catalogue/types';
import type { PlanAction, Priority } from '../../domain/plan/types';
import type { AgreedBestFit } from '../../domain/review/types';
import type { Versioned } from '../../shared/versioned';
import { ErrorBar, UserFacingError } from '../common/error-bar';
import { NextStepActionDialog } from '../common/next-step-action-dialog';
import type { MadeFromNextStep } from '../common/next-step-draft';
import { Loading } from '../common/states';
import { usePlanData, usePlanQuery } from './data/queries';

export interface CreatedFromNextStep {
  readonly priority?: Versioned<Priority>;
  readonly action: Versioned<PlanAction>;
}

interface NextStepProps {
  bestFit: AgreedBestFit;
  row: MaturityRow;
  /** The academic year whose plan the action goes into. */
  year: AcademicYear;
  onCreated?: (created: CreatedFromNextStep) => void;
}

/**
 * "Make this next step an action": the agreed row's next steps become a new action in the action plan, under a
 * priority already in the plan or a new one, linked back to the review row.
 */
export function NextStepActionButton(props: NextStepProps): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<ArrowRightRegular />} onClick={() => setOpen(true)} aria-label={`Make this an action: next steps for row ${props.row.id}`}>
        Make this an action
      </Button>
      {open ? <NextStepDialog {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function NextStepDialog(props: NextStepProps & { onClose: () => void }): ReactNode {
  const loaded = usePlanQuery(props.year);
  const port = usePlanData();
  // A new priority saved before the action failed: a retry adds the action to it rather than saving it again.
  const made = useRef<Versioned<Priority>>(undefined);
  const plan = loaded.data;

  const save = async ({ priority, action }: MadeFromNextStep): Promise<void> => {
    if (!plan) return;
    if (priority && made.current?.value.id !== priority.id) {
      made.current = await port.savePriority(priority, plan.priorities.length, null, props.year);
    }
    const savedPriority = priority ? made.current : undefined;
    const savedAction = await port.saveAction(action, plan.actions.length, null, props.year);
    props.onCreated?.({ ...(savedPriority ? { priority: savedPriority } : {}), action: savedAction });
  };

  return (
    <NextStepActionDialog
      bestFit={props.bestFit}
      row={props.row}
      intro={`Agreed next steps for row ${props.row.id} ${props.row.title}, to go into the action plan for ${props.year}:`}
      priorities={plan?.priorities.map((p) => p.value)}
      waiting={
        <>
          {loaded.isPending ? <Loading label="Loading the strategic careers plan…" /> : null}
          {loaded.isError ? <ErrorBar error={loaded.error} onRetry={() => void loaded.refetch()} /> : null}
          {loaded.isSuccess && !plan ? (
            <ErrorBar error={new UserFacingError('This team has no institution set up yet, so there is no plan to add to.')} />
          ) : null}
        </>
      }
      newPriority
      save={save}
      onClose={props.onClose}
    />
  );
}
