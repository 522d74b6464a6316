import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import { type ReactNode, useState } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import { actionPeriods, strategicPlanPrompts } from '../../domain/catalogue/plan';
import type { ActionPeriod, MaturityRow } from '../../domain/catalogue/types';
import type { PlanAction, Priority } from '../../domain/plan/types';
import type { AgreedBestFit } from '../../domain/review/types';
import { MULTI_LINE_MAX, SINGLE_LINE_MAX } from '../../domain/validation/limits';
import { Loading } from '../common/states';
import { ErrorBar, UserFacingError } from '../common/error-bar';
import { emptyNextStepDraft, NEW_PRIORITY, type NextStepDraft, planNextStep } from './next-step-draft';
import { newId } from '../common/ids';
import { usePlanData, usePlanQuery } from './data/queries';
import type { Versioned } from '../../shared/versioned';
import { CappedText } from '../common/capped-text';

const useStyles = makeStyles({
  // Long priority titles shrink within the dialog rather than widen the select past it.
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, '& .fui-Select': { minWidth: 0 } },
  quote: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
});

export interface CreatedFromNextStep {
  readonly priority?: Versioned<Priority>;
  readonly action: Versioned<PlanAction>;
}

/**
 * "Make this next step an action": the agreed row's next steps become a new action in the action plan, under a
 * priority already in the plan or a new one, linked back to the review row. The review views use this too.
 */
export function NextStepActionButton(props: {
  bestFit: AgreedBestFit;
  row: MaturityRow;
  /** The academic year whose plan the action goes into. */
  year: AcademicYear;
  onCreated?: (created: CreatedFromNextStep) => void;
}): ReactNode {
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

function NextStepDialog(props: {
  bestFit: AgreedBestFit;
  row: MaturityRow;
  /** The academic year whose plan the action goes into. */
  year: AcademicYear;
  onCreated?: (created: CreatedFromNextStep) => void;
  onClose: () => void;
}): ReactNode {
  const styles = useStyles();
  const loaded = usePlanQuery(props.year);
  const port = usePlanData();
  const [draft, setDraft] = useState<NextStepDraft>(emptyNextStepDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  // A new priority saved before the action failed: a retry adds the action to it rather than making another.
  const [made, setMade] = useState<Versioned<Priority>>();
  const edit = (change: Partial<NextStepDraft>): void => setDraft((d) => ({ ...d, ...change }));

  const create = async (): Promise<void> => {
    if (!loaded.data) return;
    const plan = loaded.data;
    const result = planNextStep(props.bestFit, props.row, made ? { ...draft, priorityId: made.value.id } : draft, {
      priorityIds: [...plan.priorities, ...(made ? [made] : [])].map((p) => p.value.id),
      newPriorityId: newId('pri'),
      actionId: newId('act'),
    });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    setFailure(undefined);
    try {
      const savedPriority = made ?? (result.priority ? await port.savePriority(result.priority, plan.priorities.length, null, props.year) : undefined);
      setMade(savedPriority);
      const savedAction = await port.saveAction(result.action, plan.actions.length, null, props.year);
      props.onCreated?.({ ...(savedPriority ? { priority: savedPriority } : {}), action: savedAction });
      props.onClose();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Make this next step an action</DialogTitle>
          <DialogContent>
            {loaded.isPending ? <Loading label="Loading the strategic careers plan…" /> : null}
            {loaded.isError ? <ErrorBar error={loaded.error} onRetry={() => void loaded.refetch()} /> : null}
            {loaded.isSuccess && !loaded.data ? (
              <ErrorBar error={new UserFacingError('This team has no institution set up yet, so there is no plan to add to.')} />
            ) : null}
            {loaded.isSuccess && loaded.data ? (
              <div className={styles.form}>
                <Body1 as="p">
                  Agreed next steps for row {props.row.id} {props.row.title}, to go into the action plan for {props.year}:
                </Body1>
                <p className={styles.quote}>
                  <CappedText text={props.bestFit.nextSteps} />
                </p>
                {errors.nextSteps || errors.rowId ? <ErrorBar error={new UserFacingError(errors.nextSteps ?? errors.rowId ?? '')} /> : null}
                <Field label="Priority" hint="Which priority of the strategic careers plan does this serve?" required validationMessage={errors.priorityId}>
                  <Select value={draft.priorityId} onChange={(_, d) => edit({ priorityId: d.value })}>
                    <option value="">Choose a priority</option>
                    {loaded.data.priorities.map((p, i) => (
                      <option key={p.value.id} value={p.value.id}>{`Priority ${i + 1}: ${p.value.title}`}</option>
                    ))}
                    <option value={NEW_PRIORITY}>A new priority…</option>
                  </Select>
                </Field>
                {draft.priorityId === NEW_PRIORITY ? (
                  <>
                    <Field label="New priority" required validationMessage={errors.title}>
                      <Input value={draft.title} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ title: d.value })} />
                    </Field>
                    <Field label="The problem we are trying to solve" hint={strategicPlanPrompts.priority} validationMessage={errors.problem}>
                      <Textarea value={draft.problem} maxLength={MULTI_LINE_MAX} onChange={(_, d) => edit({ problem: d.value })} />
                    </Field>
                  </>
                ) : null}
                <Field label="Action period" required validationMessage={errors.period}>
                  <Select value={draft.period} onChange={(_, d) => edit({ period: d.value as ActionPeriod | '' })}>
                    <option value="">Choose a half term</option>
                    {actionPeriods.map((p) => (
                      <option key={p} value={p}>
                        {p}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label="Lead" hint={strategicPlanPrompts.responsible} required validationMessage={errors.lead}>
                  <Input value={draft.lead} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ lead: d.value })} />
                </Field>
                {failure ? <ErrorBar error={failure} title="Not saved" onDismiss={() => setFailure(undefined)} /> : null}
              </div>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void create()} disabled={busy || !loaded.data}>
              {busy ? 'Saving…' : 'Add to the action plan'}
            </Button>
            <Button onClick={props.onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
