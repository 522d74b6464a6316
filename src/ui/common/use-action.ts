import { useState } from 'react';

export interface Action {
  readonly busy: boolean;
  /** What stopped the last run, kept to explain until the next run or `dismiss`. */
  readonly failure: unknown;
  /**
   * Runs `action`: busy meanwhile; then `onSuccess`, or the failure kept and nothing lost. Resolves true when it
   * went through. An action that answers `false` did not go through but has shown why itself (a conflict to
   * choose from), so no failure is kept and `onSuccess` is not called.
   */
  run(action: () => Promise<boolean | void>): Promise<boolean>;
  dismiss(): void;
}

/**
 * The one routine behind every button that writes: busy while it runs, `onSuccess` when it goes through (a dialog
 * closes, a form leaves edit mode), and on failure the failure kept for an error bar, with what the person typed
 * still in place.
 */
export function useAction(onSuccess?: () => void): Action {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  return {
    busy,
    failure,
    async run(action) {
      setBusy(true);
      setFailure(undefined);
      try {
        if ((await action()) === false) return false;
        onSuccess?.();
        return true;
      } catch (error) {
        setFailure(error);
        return false;
      } finally {
        setBusy(false);
      }
    },
    dismiss: () => setFailure(undefined),
  };
}
