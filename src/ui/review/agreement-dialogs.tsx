import type { ReactNode } from 'react';

import { onDemand } from '../common/on-demand';

// Fetched when a move is asked about: the review is shown without Fluent's dialog code.
const DecisionDialog = onDemand(() => import('../common/decision-dialog').then((m) => m.DecisionDialog));

/** Agreeing the review asks first; reopening an agreed one asks why (the reason is kept). Nothing shows until asked. */
export function AgreementDialogs(props: {
  asking: 'agree' | 'reopen' | undefined;
  onAgree: () => Promise<void>;
  onReopen: (reason: string) => Promise<void>;
  onClose: () => void;
}): ReactNode {
  // Two places, as before the split: one dialog never becomes the other.
  return (
    <>
      {props.asking === 'agree' ? (
        <DecisionDialog title="Mark the review as agreed?" confirmLabel="Mark as agreed" onConfirm={props.onAgree} onClose={props.onClose}>
          Every row has an agreed best fit. Once agreed, the review is the record and becomes read-only; an editor can
          reopen it, with a reason that is kept. Your name and the time now are recorded as the agreement.
        </DecisionDialog>
      ) : null}
      {props.asking === 'reopen' ? (
        <DecisionDialog
          title="Reopen the agreed review?"
          confirmLabel="Reopen the review"
          reasonLabel="Why is it being reopened?"
          onConfirm={props.onReopen}
          onClose={props.onClose}
        >
          The review goes back to the meeting so its best fits can be changed. The agreement it had is kept with the
          reason, and it needs agreeing again.
        </DecisionDialog>
      ) : null}
    </>
  );
}
