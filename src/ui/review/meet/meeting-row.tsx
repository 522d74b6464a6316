import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

import type { AgendaItem } from '../../../domain/review/agenda';
import type { AgreedBestFit, ReflectionEntry, Review } from '../../../domain/review/types';
import type { HostAdapter } from '../../../host/host-types';
import type { Versioned } from '../../../shared/versioned';
import { RowEvidenceSlot } from '../../common/feature-slots';
import { RowHeader } from '../parts/row-header';
import { BestFitForm } from './best-fit-form';
import { ColumnDescriptors } from './column-descriptors';
import { MakeActionButton } from './make-action';
import { ShareToStage } from './share-to-stage';
import { ReflectionNotes } from './reflection-notes';
import { SpreadTable } from './spread-table';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  notesHeading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
});

/**
 * The row under discussion: its descriptors, who chose what and their notes, the agreed best fit, and — once
 * agreed with next steps — making them an action.
 */
export function MeetingRow(props: {
  item: AgendaItem;
  review: Review;
  stored: Versioned<AgreedBestFit> | undefined;
  reflections: readonly ReflectionEntry[];
  host: HostAdapter;
  canEdit: boolean;
  takeFocus: boolean;
  /** Said when agreeing the previous row moved the meeting on to this one. */
  movedOn: string;
  /** The best fit form holds changes not yet saved. */
  unsaved: boolean;
  onDirtyChange: (dirty: boolean) => void;
  onSaved: (fit: AgreedBestFit) => void;
  onActionMade: () => void;
}): ReactNode {
  const styles = useStyles();
  const headingId = useId();
  const { row, theme, spread } = props.item;
  const { review, stored } = props;
  const storedFit = stored?.value;
  return (
    <article className={styles.row} aria-labelledby={headingId}>
      {props.movedOn ? (
        <MessageBar intent="success">
          <MessageBarBody>{props.movedOn}</MessageBarBody>
        </MessageBar>
      ) : null}
      <RowHeader row={row} theme={theme} headingId={headingId} level="h3" takeFocus={props.takeFocus} />
      <RowEvidenceSlot rowId={row.id} />
      <ShareToStage host={props.host} reviewId={review.id} rowId={row.id} rowLabel={row.id} />
      <ColumnDescriptors row={row} headingLevel="h4" />
      <SpreadTable spread={spread} caption={`Reflections on ${row.id}: who chose what`} />
      <div>
        <h4 className={styles.notesHeading}>Notes from the reflections</h4>
        <ReflectionNotes reflections={props.reflections.filter((r) => r.rowId === row.id)} participants={review.participants} />
      </div>
      <BestFitForm
        key={row.id}
        reviewId={review.id}
        rowId={row.id}
        participants={review.participants}
        stored={stored}
        canEdit={props.canEdit}
        onSaved={props.onSaved}
        onDirtyChange={props.onDirtyChange}
      />
      {props.canEdit && storedFit && storedFit.nextSteps.trim() !== '' && !props.unsaved ? (
        <MakeActionButton key={`action-${row.id}`} bestFit={storedFit} row={row} onMade={props.onActionMade} />
      ) : null}
    </article>
  );
}
