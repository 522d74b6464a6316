import type { ReactNode } from 'react';

import type { MaturityRow } from '../../../domain/catalogue/types';
import { DecisionDialog } from '../../common/decision-dialog';
import { rowName } from '../parts/names';

/** Asked before the meeting moves away from a row whose best fit has changes not yet saved. */
export function LeaveRowDialog(props: { row: MaturityRow; onLeave: () => void; onClose: () => void }): ReactNode {
  return (
    <DecisionDialog
      title="Leave this row without saving?"
      confirmLabel="Leave without saving"
      onConfirm={async () => props.onLeave()}
      onClose={props.onClose}
    >
      The best fit for {rowName(props.row)} has changes that are not saved. To keep them, stay and choose Agree best fit.
    </DecisionDialog>
  );
}
