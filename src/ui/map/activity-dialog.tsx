import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import type { YearGroup } from '../../domain/catalogue/types';
import type { Activity } from '../../domain/provision-map/types';
import { validateActivity } from '../../domain/validation/activity';
import { type ItemVersion, versionOf, type Versioned } from '../../shared/versioned';
import { EditDialog } from '../common/edit-dialog';
import { otherErrors } from '../common/field-errors';
import { newId } from '../common/ids';
import { useGuardedSave } from '../common/use-guarded-save';
import { ActivityFields } from './activity-fields';
import { type ActivityDraft, activityDraft, activityInput, confirmedDraft } from './activity-draft';
import { useMapData } from './data/queries';
import { describeActivity } from './describe';

const SHOWN = ['title', 'stage', 'yearGroup', 'categories', 'learningOutcomes', 'benchmarks', 'audience', 'term', 'parentsAndCarers', 'provider', 'evidenceLink'];

/** Add or change one activity of the provision map, with the domain's validation and eTag-guarded saving. */
export function ActivityDialog(props: {
  yearGroups: readonly YearGroup[];
  editing?: Versioned<Activity>;
  /** Where a new activity goes in the map's order. */
  sortOrder: number;
  year: AcademicYear;
  onSaved: (saved: Versioned<Activity>) => void;
  onTheirs: (theirs: Versioned<Activity> | null) => void;
  onRemove?: () => void;
  onClose: () => void;
}): ReactNode {
  const { editing } = props;
  const data = useMapData();
  const [id] = useState(() => editing?.value.id ?? newId('activity'));
  const [draft, setDraft] = useState<ActivityDraft>(() => activityDraft(editing?.value));
  // A change goes against the version on screen; a new activity is created at the end of the map.
  const save = (activity: Activity, basedOn: ItemVersion | null): Promise<Versioned<Activity>> =>
    basedOn ? data.updateActivity(activity, basedOn, props.year) : data.createActivity(activity, props.sortOrder, props.year);
  const guarded = useGuardedSave(save, props.onSaved, props.onTheirs);
  const errors = guarded.fieldErrors;
  const toConfirm = draft.year?.toConfirm === true;
  const edit = (change: Partial<ActivityDraft>): void => setDraft((d) => ({ ...d, ...change }));

  /** `confirm` saves a carried-forward activity without its "to confirm" mark. */
  const submit = async (confirm = false): Promise<void> => {
    const validated = validateActivity(activityInput(confirm ? confirmedDraft(draft) : draft, id), { yearGroups: props.yearGroups });
    if (await guarded.submit(validated, versionOf(editing))) props.onClose();
  };

  return (
    <EditDialog
      title={editing ? 'Change activity' : 'Add an activity'}
      noun="activity"
      guarded={guarded}
      describe={describeActivity}
      otherErrors={otherErrors(errors, SHOWN)}
      onSubmit={() => void submit()}
      onClose={props.onClose}
      extraActions={
        <>
          {toConfirm ? <Button onClick={() => void submit(true)} disabled={guarded.busy}>Confirm for this year</Button> : null}
          {props.onRemove ? <Button onClick={props.onRemove}>Remove activity</Button> : null}
        </>
      }
    >
      {toConfirm ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            Carried forward from last year and not yet confirmed for {editing?.value.academicYear ?? 'this year'}. Check it still happens, then choose
            Confirm for this year.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ActivityFields yearGroups={props.yearGroups} draft={draft} edit={edit} errors={errors} />
    </EditDialog>
  );
}
