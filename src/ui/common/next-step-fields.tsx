import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { strategicPlanPrompts } from '../../domain/catalogue/plan';
import type { Priority, Rag } from '../../domain/plan/types';
import { MULTI_LINE_MAX, SINGLE_LINE_MAX } from '../../domain/validation/limits';
import { ActionPeriodField } from './action-period-field';
import { NEW_PRIORITY, type NextStepDraft, ruleRag } from './next-step-draft';
import { ragNames } from './rag';

/** The fields that make an agreed next step an action: its priority (or a new one), lead, half term, end point and RAG. */
export function NextStepFields(props: {
  draft: NextStepDraft;
  edit: (change: Partial<NextStepDraft>) => void;
  errors: Record<string, string>;
  priorities: readonly Priority[];
  /** Offer "A new priority…" as well as the plan's own. */
  newPriority: boolean;
  today: string;
}): ReactNode {
  const { draft, edit, errors } = props;
  return (
    <>
      <Field label="Priority" hint="Which priority of the strategic careers plan does this serve?" required validationMessage={errors.priorityId}>
        <Select value={draft.priorityId} onChange={(_, d) => edit({ priorityId: d.value })}>
          <option value="">Choose a priority</option>
          {props.priorities.map((p, i) => (
            <option key={p.id} value={p.id}>{`Priority ${i + 1}: ${p.title}`}</option>
          ))}
          {props.newPriority ? <option value={NEW_PRIORITY}>A new priority…</option> : null}
        </Select>
      </Field>
      {draft.priorityId === NEW_PRIORITY ? (
        <>
          <Field label="New priority" required validationMessage={errors.title}>
            <Input value={draft.title} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ title: d.value })} />
          </Field>
          <Field label="The problem we are trying to solve" hint={strategicPlanPrompts.priority} validationMessage={errors.problem}>
            <Textarea value={draft.problem} maxLength={MULTI_LINE_MAX} onChange={(_, d) => edit({ problem: d.value })} />
          </Field>
        </>
      ) : null}
      <Field label="Lead" hint={strategicPlanPrompts.responsible} required validationMessage={errors.lead}>
        <Input value={draft.lead} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ lead: d.value })} />
      </Field>
      <ActionPeriodField value={draft.period} onChange={(period) => edit({ period })} error={errors.period} />
      <Field label="End point" hint="Leave empty for the end of the half term." validationMessage={errors.endPoint}>
        <Input type="date" value={draft.endPoint} onChange={(_, d) => edit({ endPoint: d.value })} />
      </Field>
      <Field
        label="RAG status"
        hint="Unless you choose, the plan's own rule: amber while the action is not yet due, red once it is overdue."
        validationMessage={errors.rag}
      >
        <Select value={draft.rag} onChange={(_, d) => edit({ rag: d.value as Rag | '' })}>
          <option value="">{`By the plan's rule: ${ragNames[ruleRag(draft, props.today)]}`}</option>
          {(['red', 'amber', 'green'] as const).map((rag) => (
            <option key={rag} value={rag}>
              {ragNames[rag]}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
