import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { type ReactNode, useId, useState } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import type { Activity } from '../../domain/provision-map/types';
import type { Versioned } from '../../shared/versioned';
import { DecisionDialog } from '../common/decision-dialog';
import { ErrorBar } from '../common/error-bar';
import { ToConfirmItems } from './to-confirm-items';
import { useConfirmActivities } from './use-confirm-activities';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * The activities carried forward into `year` and not yet confirmed: a careers leader checks each still happens and
 * confirms it here, one by one or all at once. Each confirmation is guarded by the version on screen, so an
 * activity someone else changed meanwhile is not confirmed blind: `onStale` then shows the latest map.
 */
export function ToConfirmList(props: {
  readonly year: AcademicYear;
  readonly activities: readonly Versioned<Activity>[];
  readonly canEdit: boolean;
  readonly onConfirmed: (saved: readonly Versioned<Activity>[]) => void;
  readonly onStale: () => Promise<void>;
}): ReactNode {
  const styles = useStyles();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [asking, setAsking] = useState(false);
  const { confirming, which, confirm, confirmOne } = useConfirmActivities(props);
  const waiting = props.activities.filter((a) => a.value.toConfirm);
  if (waiting.length === 0) return null;

  const count = waiting.length === 1 ? '1 activity' : `${waiting.length} activities`;
  return (
    <section className={styles.section} aria-labelledby={`${listId}-heading`}>
      <Subtitle1 as="h2" id={`${listId}-heading`}>
        To confirm for {props.year}
      </Subtitle1>
      <Body1 as="p">
        {count} carried forward from last year {waiting.length === 1 ? 'is' : 'are'} waiting to be confirmed for {props.year}.
        {props.canEdit ? ' Check each still happens this year, then confirm it; change or remove any that do not.' : ''}
      </Body1>
      <div className={styles.buttons}>
        {props.canEdit ? (
          <Button appearance="primary" icon={<CheckmarkRegular />} onClick={() => setAsking(true)} disabled={confirming.busy}>
            Confirm all {waiting.length}
          </Button>
        ) : null}
        <Button
          icon={open ? <ChevronUpRegular /> : <ChevronDownRegular />}
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Hide the list' : 'Show them one by one'}
        </Button>
      </div>
      {confirming.failure ? <ErrorBar error={confirming.failure} title="Not confirmed" onDismiss={confirming.dismiss} /> : null}
      {open ? (
        <ToConfirmItems
          id={listId}
          year={props.year}
          waiting={waiting}
          canEdit={props.canEdit}
          busy={confirming.busy}
          confirming={which}
          onConfirm={(activity) => void confirmOne(activity)}
        />
      ) : null}
      {asking ? (
        <DecisionDialog
          title={`Confirm all ${count} for ${props.year}?`}
          confirmLabel={`Confirm all ${waiting.length}`}
          busyLabel="Confirming…"
          failureTitle="Not all were confirmed"
          onConfirm={() => confirm(waiting)}
          onClose={() => setAsking(false)}
        >
          Every activity carried forward from last year and still marked “To confirm” will be confirmed as happening in {props.year}. Any you
          have not checked can still be changed or removed afterwards.
        </DecisionDialog>
      ) : null}
    </section>
  );
}
