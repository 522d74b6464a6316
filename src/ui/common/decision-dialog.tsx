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
  makeStyles,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import { MULTI_LINE_MAX } from '../../domain/validation/limits';
import { ErrorBar } from './error-bar';
import { useAction } from './use-action';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * Asks before something that matters is done (removing, agreeing, reopening), optionally with a reason that is
 * required. The dialog stays open with the failure in plain words if it does not go through.
 */
export function DecisionDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Shown on the button while it is under way; "Saving…" unless told. */
  busyLabel?: string;
  /** Titles a failure; "Not saved" unless told. */
  failureTitle?: string;
  /** Present when a reason is asked for: the field's label. */
  reasonLabel?: string;
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
}): ReactNode {
  const styles = useStyles();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, failure, run } = useAction(props.onClose);
  const confirm = async (): Promise<void> => {
    if (props.reasonLabel && reason.trim() === '') {
      setMissing(true);
      return;
    }
    await run(() => props.onConfirm(reason));
  };
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 as="p">{props.children}</Body1>
            {props.reasonLabel ? (
              <Field
                label={props.reasonLabel}
                required
                validationMessage={missing ? 'Say why: the reason is kept.' : undefined}
              >
                <Textarea
                  value={reason}
                  maxLength={MULTI_LINE_MAX}
                  resize="vertical"
                  onChange={(_, data) => {
                    setReason(data.value);
                    setMissing(false);
                  }}
                />
              </Field>
            ) : null}
            {failure ? <ErrorBar error={failure} title={props.failureTitle ?? 'Not saved'} /> : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void confirm()} disabled={busy}>
              {busy ? (props.busyLabel ?? 'Saving…') : props.confirmLabel}
            </Button>
            <Button onClick={props.onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
