import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { type ReactNode, useId, useState } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import { yearLabel } from '../../domain/provision-map/labels';
import type { Activity } from '../../domain/provision-map/types';
import { isConflict } from '../../shared/service-error';
import type { Versioned } from '../../shared/versioned';
import { DecisionDialog } from '../common/decision-dialog';
import { ErrorBar } from '../common/error-bar';
import { useAction } from '../common/use-action';
import { useMapData } from './data/queries';
import { stageName } from '../common/provision-names';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  text: { flex: '1 1 14em', minWidth: 0, overflowWrap: 'anywhere' },
  where: { color: tokens.colorNeutralForeground3 },
});

const where = (a: Activity): string => [yearLabel(a.yearGroup), stageName(a.stage), a.term].filter(Boolean).join(' · ');

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
  const data = useMapData();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [asking, setAsking] = useState(false);
  const confirming = useAction();
  // Which activity's own Confirm is under way, to say so on its button.
  const [which, setWhich] = useState<string>();
  const waiting = props.activities.filter((a) => a.value.toConfirm);
  if (waiting.length === 0) return null;

  /** Confirms `activities`; throws what stopped any of them, after applying those that went through. */
  const confirm = async (activities: readonly Versioned<Activity>[]): Promise<void> => {
    const { confirmed, failures } = await data.confirmActivities(activities, props.year);
    if (confirmed.length) props.onConfirmed(confirmed);
    if (failures.length === 0) return;
    const other = failures.find((f) => !isConflict(f));
    if (other === undefined) await props.onStale();
    else throw other;
  };
  const confirmOne = (activity: Versioned<Activity>): Promise<boolean> => {
    setWhich(activity.value.id);
    return confirming.run(() => confirm([activity]));
  };

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
        <ul className={styles.list} id={listId} aria-label={`Activities to confirm for ${props.year}`}>
          {waiting.map((a) => (
            <li key={a.value.id} className={styles.item}>
              <span className={styles.text}>
                {a.value.title}
                <br />
                <span className={styles.where}>{where(a.value)}</span>
              </span>
              {props.canEdit ? (
                <Button size="small" onClick={() => void confirmOne(a)} disabled={confirming.busy} aria-label={`Confirm ${a.value.title}`}>
                  {confirming.busy && which === a.value.id ? 'Confirming…' : 'Confirm'}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
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
