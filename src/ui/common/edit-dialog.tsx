import {
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

import { ErrorBar, UserFacingError } from './error-bar';
import { ConflictChoice, type Described } from './conflict-choice';
import type { GuardedSave } from './use-guarded-save';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * The frame every add-or-change dialog shares: the form, or — after a 412 — both versions to choose
 * between; errors no field shows; Save and Cancel. The caller owns the fields and the validation.
 */
export function EditDialog<T>(props: {
  title: string;
  /** e.g. "activity": "Save activity", "this activity". */
  noun: string;
  guarded: GuardedSave<T>;
  describe: (value: T) => Described;
  /** Validation messages for fields the form does not show. */
  otherErrors: readonly string[];
  onSubmit: () => void;
  onClose: () => void;
  extraActions?: ReactNode;
  children: ReactNode;
}): ReactNode {
  const styles = useStyles();
  const { guarded } = props;
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>
            {guarded.conflict ? (
              <ConflictChoice
                what={`this ${props.noun}`}
                theirs={guarded.conflict.theirs ? props.describe(guarded.conflict.theirs.value) : null}
                mine={props.describe(guarded.conflict.mine)}
                busy={guarded.busy}
                onKeepTheirs={() => {
                  guarded.keepTheirs();
                  props.onClose();
                }}
                onKeepMine={() => void guarded.keepMine().then((ok) => ok && props.onClose())}
              />
            ) : (
              <div className={styles.form}>
                {props.children}
                {props.otherErrors.length ? <ErrorBar error={new UserFacingError(props.otherErrors.join(' '))} /> : null}
                {guarded.error ? <ErrorBar error={guarded.error} title="Not saved" onDismiss={guarded.dismissError} /> : null}
              </div>
            )}
          </DialogContent>
          {guarded.conflict ? null : (
            <DialogActions>
              <Button appearance="primary" onClick={props.onSubmit} disabled={guarded.busy}>
                {guarded.busy ? 'Saving…' : `Save ${props.noun}`}
              </Button>
              {props.extraActions}
              <Button onClick={props.onClose}>Cancel</Button>
            </DialogActions>
          )}
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
