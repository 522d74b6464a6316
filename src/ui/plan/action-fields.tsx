import { Checkbox, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { strategicPlanPrompts } from '../../domain/catalogue/plan';
import type { MaturityModel } from '../../domain/catalogue/types';
import type { Priority } from '../../domain/plan/types';
import { MULTI_LINE_MAX, SINGLE_LINE_MAX } from '../../domain/validation/limits';
import { ActionPeriodField } from '../common/action-period-field';
import type { ActionDraft } from './drafts';
import { RagChoice } from './parts/rag-choice';
import { RowPicker } from './parts/row-picker';

const useStyles = makeStyles({
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalM,
    // Grid items may shrink below a long option's width rather than overflow the dialog.
    '& > *': { minWidth: 0 },
    '& .fui-Select': { minWidth: 0 },
    '@media (max-width: 600px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
});

/** The fields of one action of the action plan; `errors` holds the domain's messages by field. */
export function ActionFields(props: {
  model: MaturityModel;
  priorities: readonly Priority[];
  draft: ActionDraft;
  edit: (change: Partial<ActionDraft>) => void;
  errors: Record<string, string>;
}): ReactNode {
  const styles = useStyles();
  const { draft, edit, errors } = props;
  const objectives = props.priorities.find((p) => p.id === draft.priorityId)?.objectives ?? [];
  return (
    <>
      <div className={styles.pair}>
        <Field label="Priority" required validationMessage={errors.priorityId}>
          <Select value={draft.priorityId} onChange={(_, d) => edit({ priorityId: d.value, objectiveId: '' })}>
            <option value="">Choose a priority</option>
            {props.priorities.map((p, i) => (
              <option key={p.id} value={p.id}>{`Priority ${i + 1}: ${p.title}`}</option>
            ))}
          </Select>
        </Field>
        <Field label="Objective" validationMessage={errors.objectiveId}>
          <Select value={draft.objectiveId} onChange={(_, d) => edit({ objectiveId: d.value })}>
            <option value="">No particular objective</option>
            {objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.statement}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label="Action" hint={strategicPlanPrompts.actions} required validationMessage={errors.action}>
        <Textarea value={draft.action} maxLength={MULTI_LINE_MAX} resize="vertical" onChange={(_, d) => edit({ action: d.value })} />
      </Field>
      <div className={styles.pair}>
        <Field label="Lead" hint={strategicPlanPrompts.responsible} required validationMessage={errors.lead}>
          <Input value={draft.lead} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ lead: d.value })} />
        </Field>
        <ActionPeriodField value={draft.period} onChange={(period) => edit({ period })} error={errors.period} />
      </div>
      <Field label="End point" hint={strategicPlanPrompts.milestones} validationMessage={errors.endPoint}>
        <Input type="date" value={draft.endPoint} onChange={(_, d) => edit({ endPoint: d.value })} />
      </Field>
      <RagChoice value={draft.rag} onChange={(rag) => edit({ rag })} error={errors.rag} />
      <Field label="Progress" validationMessage={errors.progress}>
        <Textarea value={draft.progress} maxLength={MULTI_LINE_MAX} resize="vertical" onChange={(_, d) => edit({ progress: d.value })} />
      </Field>
      <Field label="Impact and evidence" validationMessage={errors.impactEvidence}>
        <Textarea
          value={draft.impactEvidence}
          maxLength={MULTI_LINE_MAX}
          resize="vertical"
          onChange={(_, d) => edit({ impactEvidence: d.value })}
        />
      </Field>
      <Field label="Evidence list" hint="One piece of evidence per line." validationMessage={errors.evidenceList}>
        <Textarea value={draft.evidence} resize="vertical" onChange={(_, d) => edit({ evidence: d.value })} />
      </Field>
      <RowPicker
        model={props.model}
        value={draft.maturityRows}
        onChange={(maturityRows) => edit({ maturityRows })}
        error={errors.maturityRows}
      />
      <Checkbox label="Completed" checked={draft.completed} onChange={(_, d) => edit({ completed: d.checked === true })} />
    </>
  );
}
