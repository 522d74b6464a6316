import type { ReactNode } from 'react';

import { DecisionDialog } from './decision-dialog';

/** Asks before removing something; shows a failed removal in plain words. */
export function ConfirmRemove(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}): ReactNode {
  return <DecisionDialog {...props} onConfirm={() => props.onConfirm()} busyLabel="Removing…" failureTitle="Not removed" />;
}
