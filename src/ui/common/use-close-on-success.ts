import { useState } from 'react';

export interface CloseOnSuccess {
  readonly busy: boolean;
  readonly failure: unknown;
  /** Runs the dialog's action: closes it when it goes through; otherwise keeps it open with the failure. */
  run(action: () => Promise<void>): Promise<void>;
  dismiss(): void;
}

/**
 * A dialog's one action: busy while it runs, closed when it succeeds, and on failure left open with the failure
 * to explain, so nothing the person typed is lost.
 */
export function useCloseOnSuccess(onClose: () => void): CloseOnSuccess {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  return {
    busy,
    failure,
    async run(action) {
      setBusy(true);
      setFailure(undefined);
      try {
        await action();
        onClose();
      } catch (error) {
        setFailure(error);
        setBusy(false);
      }
    },
    dismiss: () => setFailure(undefined),
  };
}
