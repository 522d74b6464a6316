import { Field, Input, Textarea } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import { strategicPlanPrompts, strategicPrioritiesGuidance } from '../../domain/catalogue/plan';
import type { MaturityModel } from '../../domain/catalogue/types';
import type { Priority } from '../../domain/plan/types';
import { MULTI_LINE_MAX, SINGLE_LINE_MAX } from '../../domain/validation/limits';
import { validatePriority } from '../../domain/validation/plan';
import { describePriority } from './describe';
import { priorityDraft, type PriorityDraft, priorityInput } from './drafts';
import { ObjectivesEditor } from './objectives-editor';
import { EditDialog } from '../common/edit-dialog';
import { otherErrors } from '../common/field-errors';
import { newId } from '../common/ids';
import { RowPicker } from './parts/row-picker';
import { useGuardedSave } from '../common/use-guarded-save';
import { type ItemVersion, versionOf, type Versioned } from '../../shared/versioned';

const SHOWN = ['title', 'problem', 'maturityRows', 'objectives'];

/** Add or change a strategic priority with its SMART objectives. */
export function PriorityDialog(props: {
  model: MaturityModel;
  editing?: Versioned<Priority>;
  save: (priority: Priority, basedOn: ItemVersion | null) => Promise<Versioned<Priority>>;
  onSaved: (saved: Versioned<Priority>) => void;
  onTheirs: (theirs: Versioned<Priority> | null) => void;
  onClose: () => void;
}): ReactNode {
  const { editing } = props;
  const [id] = useState(() => editing?.value.id ?? newId('pri'));
  const [draft, setDraft] = useState<PriorityDraft>(() => priorityDraft(editing?.value));
  const guarded = useGuardedSave(props.save, props.onSaved, props.onTheirs);
  const errors = guarded.fieldErrors;
  const edit = (change: Partial<PriorityDraft>): void => setDraft((d) => ({ ...d, ...change }));

  const submit = async (): Promise<void> => {
    const validated = validatePriority(priorityInput(draft, id), { rowIds: props.model.themes.flatMap((t) => t.rows.map((r) => r.id)) });
    if (await guarded.submit(validated, versionOf(editing))) props.onClose();
  };

  return (
    <EditDialog
      title={editing ? 'Change priority' : 'Add a priority'}
      noun="priority"
      guarded={guarded}
      describe={describePriority}
      otherErrors={otherErrors(errors, SHOWN)}
      onSubmit={() => void submit()}
      onClose={props.onClose}
    >
          <Field label="Priority" hint={strategicPrioritiesGuidance} required validationMessage={errors.title}>
            <Input value={draft.title} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ title: d.value })} />
          </Field>
          <Field label="The problem we are trying to solve" hint={strategicPlanPrompts.priority} validationMessage={errors.problem}>
            <Textarea value={draft.problem} maxLength={MULTI_LINE_MAX} resize="vertical" onChange={(_, d) => edit({ problem: d.value })} />
          </Field>
          <RowPicker model={props.model} value={draft.maturityRows} onChange={(maturityRows) => edit({ maturityRows })} error={errors.maturityRows} />
          <ObjectivesEditor value={draft.objectives} onChange={(objectives) => edit({ objectives })} errors={errors} />
    </EditDialog>
  );
}
