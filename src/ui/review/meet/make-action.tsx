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
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
} from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import { type ReactNode, useState } from 'react';

import { actionPeriods, strategicPlanPrompts } from '../../../domain/catalogue/plan';
import type { ActionPeriod, MaturityRow } from '../../../domain/catalogue/types';
import { actionPlacedMessage } from '../../../domain/plan/from-review';
import type { Rag } from '../../../domain/plan/types';
import type { AgreedBestFit } from '../../../domain/review/types';
import { SINGLE_LINE_MAX } from '../../../domain/validation/limits';
import { CappedText } from '../../common/capped-text';
import { ErrorBar, UserFacingError } from '../../common/error-bar';
import { newId, todayIso } from '../../common/ids';
import { ragNames } from '../../common/rag';
import { Loading } from '../../common/states';
import { useAsync } from '../../common/use-async';
import { useReviewData } from '../data/queries';
import type { ActionPlan } from '../data/port';
import { type ActionDraft, draftedAction, emptyActionDraft, ruleRag } from './action-draft';

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
  done: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

/** The tab's own address, showing the strategic careers plan instead of the review. */
function planHref(): string {
  const url = new URL(window.location.href);
  for (const name of ['review', 'section', 'row']) url.searchParams.delete(name);
  url.searchParams.set('view', 'plan');
  return url.href;
}

/**
 * "Make this an action", on a row the meeting has agreed: its next steps become an action in this year's action
 * plan, linked to the row and the review, and the meeting is told where it went.
 */
export function MakeActionButton(props: { bestFit: AgreedBestFit; row: MaturityRow; onMade?: () => void }): ReactNode {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [placed, setPlaced] = useState<string>();
  return (
    <div className={styles.done}>
      <Button icon={<ArrowRightRegular />} onClick={() => setOpen(true)}>
        Make this an action
      </Button>
      <div role="status">
        {placed ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {placed} <Link href={planHref()}>Open the strategic careers plan</Link>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {open ? (
        <MakeActionDialog
          {...props}
          onPlaced={(message) => {
            setPlaced(message);
            props.onMade?.();
          }}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </div>
  );
}

function MakeActionDialog(props: {
  bestFit: AgreedBestFit;
  row: MaturityRow;
  onPlaced: (message: string) => void;
  onClose: () => void;
}): ReactNode {
  const styles = useStyles();
  const data = useReviewData();
  const plan = useAsync(() => data.loadActionPlan(), [data]);
  const [draft, setDraft] = useState<ActionDraft>(emptyActionDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  // The action's id stays the same across retries, so a save whose answer was lost is never made twice.
  const [actionId] = useState(() => newId('act'));
  const today = todayIso();
  const edit = (change: Partial<ActionDraft>): void => {
    setDraft((d) => ({ ...d, ...change }));
    // A field put right stops saying what was wrong with it.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !(field in change))));
  };

  const save = async (loaded: ActionPlan): Promise<void> => {
    const result = draftedAction(props.bestFit, props.row, draft, {
      actionId,
      priorityIds: loaded.priorities.map((p) => p.id),
      today,
    });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = await data.addPlanAction(result.action, loaded.actions.length);
      const priority = loaded.priorities.find((p) => p.id === saved.value.priorityId)!;
      props.onPlaced(actionPlacedMessage(saved.value, priority));
      props.onClose();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  const loaded = plan.status === 'ready' ? plan.value : undefined;
  const earlier = loaded?.actions.filter(
    (a) => a.fromReview?.reviewId === props.bestFit.reviewId && a.fromReview.rowId === props.row.id,
  );
  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Make this next step an action</DialogTitle>
          <DialogContent>
            {plan.status === 'loading' ? <Loading label="Loading this year's action plan…" /> : null}
            {plan.status === 'failed' ? <ErrorBar error={plan.error} onRetry={plan.reload} /> : null}
            {loaded && loaded.priorities.length === 0 ? (
              <ErrorBar
                error={
                  new UserFacingError(
                    "This year's strategic careers plan has no priorities yet. Add one in the plan, then make this an action.",
                  )
                }
              />
            ) : null}
            {loaded && loaded.priorities.length > 0 ? (
              <div className={styles.form}>
                <Body1 as="p">Agreed next steps for {props.row.id} {props.row.title}:</Body1>
                <p className={styles.quote}>
                  <CappedText text={props.bestFit.nextSteps} />
                </p>
                {earlier && earlier.length > 0 ? (
                  <MessageBar intent="info" layout="multiline">
                    <MessageBarBody>
                      {earlier.length === 1 ? 'An action' : `${earlier.length} actions`} in the plan already came from this row:{' '}
                      {earlier.map((a) => `“${a.action}”${a.lead ? `, led by ${a.lead}` : ''}`).join('; ')}.
                    </MessageBarBody>
                  </MessageBar>
                ) : null}
                {errors.nextSteps || errors.rowId ? <ErrorBar error={new UserFacingError(errors.nextSteps ?? errors.rowId ?? '')} /> : null}
                <Field label="Priority" hint={strategicPlanPrompts.priority} required validationMessage={errors.priorityId}>
                  <Select value={draft.priorityId} onChange={(_, d) => edit({ priorityId: d.value })}>
                    <option value="">Choose a priority</option>
                    {loaded.priorities.map((p, i) => (
                      <option key={p.id} value={p.id}>{`Priority ${i + 1}: ${p.title}`}</option>
                    ))}
                  </Select>
                </Field>
                <Field label="Lead" hint={strategicPlanPrompts.responsible} required validationMessage={errors.lead}>
                  <Input value={draft.lead} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ lead: d.value })} />
                </Field>
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
                <Field label="End point" hint="Leave empty for the end of the half term." validationMessage={errors.endPoint}>
                  <Input type="date" value={draft.endPoint} onChange={(_, d) => edit({ endPoint: d.value })} />
                </Field>
                <Field
                  label="RAG status"
                  hint="Unless you choose, the plan's own rule: amber while the action is not yet due, red once it is overdue."
                  validationMessage={errors.rag}
                >
                  <Select value={draft.rag} onChange={(_, d) => edit({ rag: d.value as Rag | '' })}>
                    <option value="">{`By the plan's rule: ${ragNames[ruleRag(draft, today)]}`}</option>
                    {(['red', 'amber', 'green'] as const).map((rag) => (
                      <option key={rag} value={rag}>
                        {ragNames[rag]}
                      </option>
                    ))}
                  </Select>
                </Field>
                {failure ? <ErrorBar error={failure} title="Not saved" onDismiss={() => setFailure(undefined)} /> : null}
              </div>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => loaded && void save(loaded)}
              disabled={busy || !loaded || loaded.priorities.length === 0}
            >
              {busy ? 'Saving…' : 'Add to the action plan'}
            </Button>
            <Button onClick={props.onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
