import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import { yearLabel } from '../../domain/provision-map/labels';
import type { Activity } from '../../domain/provision-map/types';
import type { Versioned } from '../../shared/versioned';
import { stageName } from '../common/provision-names';

const useStyles = makeStyles({
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

/** The activities still to confirm for `year`, one by one, each with its own Confirm for editors. */
export function ToConfirmItems(props: {
  readonly id: string;
  readonly year: AcademicYear;
  readonly waiting: readonly Versioned<Activity>[];
  readonly canEdit: boolean;
  readonly busy: boolean;
  /** The activity whose own Confirm is under way. */
  readonly confirming: string | undefined;
  readonly onConfirm: (activity: Versioned<Activity>) => void;
}): ReactNode {
  const styles = useStyles();
  return (
    <ul className={styles.list} id={props.id} aria-label={`Activities to confirm for ${props.year}`}>
      {props.waiting.map((a) => (
        <li key={a.value.id} className={styles.item}>
          <span className={styles.text}>
            {a.value.title}
            <br />
            <span className={styles.where}>{where(a.value)}</span>
          </span>
          {props.canEdit ? (
            <Button size="small" onClick={() => props.onConfirm(a)} disabled={props.busy} aria-label={`Confirm ${a.value.title}`}>
              {props.busy && props.confirming === a.value.id ? 'Confirming…' : 'Confirm'}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
