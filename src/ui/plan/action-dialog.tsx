import { type ReactNode, useState } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import type { MaturityModel } from '../../domain/catalogue/types';
import type { PlanAction, Priority } from '../../domain/plan/types';
import { validatePlanAction } from '../../domain/validation/plan';
import { type ItemVersion, versionOf, type Versioned } from '../../shared/versioned';
import { EditDialog } from '../common/edit-dialog';
import { otherErrors } from '../common/field-errors';
import { newId } from '../common/ids';
import { useGuardedSave } from '../common/use-guarded-save';
import { ActionFields } from './action-fields';
import { usePlanData } from './data/queries';
import { describeAction } from './describe';
import { type ActionDraft, actionDraft, actionInput } from './drafts';

const SHOWN = ['priorityId', 'objectiveId', 'action', 'lead', 'period', 'progress', 'endPoint', 'impactEvidence', 'rag', 'evidenceList', 'maturityRows', 'completed'];

/** Add or change one action of the action plan; validated by the domain, saved against its eTag. */
export function ActionDialog(props: {
  model: MaturityModel;
  priorities: readonly Priority[];
  /** The action being changed; absent to add one. */
  editing?: Versioned<PlanAction>;
  /** The priority a new action starts under. */
  priorityId?: string;
  /** Where the action sits in the plan's order. */
  sortOrder: number;
  year: AcademicYear;
  onSaved: (saved: Versioned<PlanAction>) => void;
  onTheirs: (theirs: Versioned<PlanAction> | null) => void;
  onClose: () => void;
}): ReactNode {
  const { editing } = props;
  const data = usePlanData();
  const [id] = useState(() => editing?.value.id ?? newId('act'));
  const [draft, setDraft] = useState<ActionDraft>(() => actionDraft(editing?.value, props.priorityId));
  const save = (action: PlanAction, basedOn: ItemVersion | null): Promise<Versioned<PlanAction>> =>
    data.saveAction(action, props.sortOrder, basedOn, props.year);
  const guarded = useGuardedSave(save, props.onSaved, props.onTheirs);
  const errors = guarded.fieldErrors;
  const edit = (change: Partial<ActionDraft>): void => setDraft((d) => ({ ...d, ...change }));

  const submit = async (): Promise<void> => {
    const validated = validatePlanAction(actionInput(draft, id, editing?.value.fromReview), {
      rowIds: props.model.themes.flatMap((t) => t.rows.map((r) => r.id)),
      priorityIds: props.priorities.map((p) => p.id),
    });
    if (await guarded.submit(validated, versionOf(editing))) props.onClose();
  };
  return (
    <EditDialog
      title={editing ? 'Change action' : 'Add an action'}
      noun="action"
      guarded={guarded}
      describe={describeAction}
      otherErrors={otherErrors(errors, SHOWN)}
      onSubmit={() => void submit()}
      onClose={props.onClose}
    >
      <ActionFields model={props.model} priorities={props.priorities} draft={draft} edit={edit} errors={errors} />
    </EditDialog>
  );
}
