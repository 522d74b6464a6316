import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import { ErrorBar } from './error-bar';

/** Asks before removing something; shows a failed removal in plain words. */
export function ConfirmRemove(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}): ReactNode {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const confirm = async (): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      await props.onConfirm();
      props.onClose();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>
            <Body1 as="p">{props.children}</Body1>
            {failure ? <ErrorBar error={failure} title="Not removed" /> : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void confirm()} disabled={busy}>
              {busy ? 'Removing…' : props.confirmLabel}
            </Button>
            <Button onClick={props.onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
