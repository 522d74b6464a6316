import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { MaturityRow } from '../../domain/catalogue/types';
import type { Priority } from '../../domain/plan/types';
import type { AgreedBestFit } from '../../domain/review/types';
import { CappedText } from './capped-text';
import { ErrorBar, UserFacingError } from './error-bar';
import type { MadeFromNextStep } from './next-step-draft';
import { NextStepFields } from './next-step-fields';
import { useNextStepForm } from './use-next-step-form';

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

/**
 * "Make this next step an action", for the review meeting and the plan alike: an agreed row's next steps become an
 * action in the action plan (and, where offered, under a new priority), by the domain's rules in `planNextStep`.
 */
export function NextStepActionDialog(props: {
  bestFit: AgreedBestFit;
  row: MaturityRow;
  /** The sentence above the quoted next steps, saying where the action goes. */
  intro: string;
  /** The plan's priorities; absent while there is no form to show, and `waiting` says why. */
  priorities: readonly Priority[] | undefined;
  waiting?: ReactNode;
  /** Shown above the fields: say, actions already made from this row. */
  notice?: ReactNode;
  /** Offer "A new priority…" as well as the plan's own. */
  newPriority?: boolean;
  /** Saves what the next step made; the dialog closes when it resolves and shows what went wrong when it throws. */
  save: (made: MadeFromNextStep) => Promise<void>;
  onClose: () => void;
}): ReactNode {
  const styles = useStyles();
  const { draft, errors, today, edit, create, busy, failure, dismiss } = useNextStepForm(props.bestFit, props.row, props.save, props.onClose);
  const { priorities } = props;

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Make this next step an action</DialogTitle>
          <DialogContent>
            {priorities ? (
              <div className={styles.form}>
                <Body1 as="p">{props.intro}</Body1>
                <p className={styles.quote}>
                  <CappedText text={props.bestFit.nextSteps} />
                </p>
                {props.notice}
                {errors.nextSteps || errors.rowId ? <ErrorBar error={new UserFacingError(errors.nextSteps ?? errors.rowId ?? '')} /> : null}
                <NextStepFields draft={draft} edit={edit} errors={errors} priorities={priorities} newPriority={props.newPriority ?? false} today={today} />
                {failure ? <ErrorBar error={failure} title="Not saved" onDismiss={dismiss} /> : null}
              </div>
            ) : (
              props.waiting
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => priorities && void create(priorities)} disabled={busy || !priorities}>
              {busy ? 'Saving…' : 'Add to the action plan'}
            </Button>
            <Button onClick={props.onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
