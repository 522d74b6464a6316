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
import { ErrorBar } from '../common/error-bar';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * Asks before the review is agreed or reopened; reopening also asks why (the reason is kept with the review).
 * The dialog stays open with the failure in plain words if the save does not go through.
 */
export function ReviewDecisionDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Present when a reason is asked for: the field's label. */
  reasonLabel?: string;
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
}): ReactNode {
  const styles = useStyles();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const confirm = async (): Promise<void> => {
    if (props.reasonLabel && reason.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await props.onConfirm(reason);
      props.onClose();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
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
                validationMessage={missing ? 'Say why: the reason is kept with the review.' : undefined}
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
            {failure ? <ErrorBar error={failure} title="Not saved" /> : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void confirm()} disabled={busy}>
              {busy ? 'Saving…' : props.confirmLabel}
            </Button>
            <Button onClick={props.onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
