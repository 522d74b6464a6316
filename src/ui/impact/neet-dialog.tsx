import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { type ImpactValidationContext, type NeetRiskRecord, validateNeetRisk } from '../../domain/impact';
import type { ItemVersion, Versioned } from '../../shared/versioned';
import { newId } from '../common/ids';
import { describeNeetRisk } from './describe';
import { type NeetRiskDraft, neetRiskDraft, neetRiskInput } from './drafts';
import { useFormStyles } from './form-styles';
import { RecordDialog } from './record-dialog';

const SHOWN = ['yearGroup', 'date', 'yearGroupSize', 'flagged', 'supported', 'support', 'indicator'];

/** Add or change how many learners in one year group were flagged at risk of NEET, and the support they got: counts, never names. */
export function NeetRiskDialog(props: {
  year: string;
  context: ImpactValidationContext;
  existing?: Versioned<NeetRiskRecord>;
  save: (record: NeetRiskRecord, basedOn: ItemVersion | null) => Promise<Versioned<NeetRiskRecord>>;
  onStored: (stored: Versioned<NeetRiskRecord> | null) => void;
  onClose: () => void;
}): ReactNode {
  const styles = useFormStyles();
  const id = props.existing?.value.id ?? newId('neet');
  return (
    <RecordDialog<NeetRiskRecord, NeetRiskDraft>
      title={props.existing ? 'Change risk of NEET counts' : 'Add risk of NEET counts'}
      noun="counts"
      initial={neetRiskDraft(props.existing?.value)}
      version={props.existing ?? null}
      validate={(d) => validateNeetRisk(neetRiskInput(d, id, props.existing?.value.academicYear ?? props.year), props.context)}
      shown={SHOWN}
      describe={describeNeetRisk}
      save={props.save}
      onStored={props.onStored}
      onClose={props.onClose}
    >
      {({ draft, edit, errors }) => (
        <div className={styles.grid}>
          <Field label="Year group" required validationMessage={errors.yearGroup}>
            <Select value={draft.yearGroup} onChange={(_, d) => edit({ yearGroup: d.value })}>
              <option value="">Choose</option>
              {props.context.yearGroups.map((y) => (
                <option key={y} value={y}>
                  Year {y}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Date counted" required validationMessage={errors.date}>
            <Input type="date" value={draft.date} onChange={(_, d) => edit({ date: d.value })} />
          </Field>
          <Field label="Learners in the year group" required validationMessage={errors.yearGroupSize}>
            <Input inputMode="numeric" value={draft.yearGroupSize} onChange={(_, d) => edit({ yearGroupSize: d.value })} />
          </Field>
          <Field label="Learners flagged at risk of NEET" required hint="A number, never names." validationMessage={errors.flagged}>
            <Input inputMode="numeric" value={draft.flagged} onChange={(_, d) => edit({ flagged: d.value })} />
          </Field>
          <Field label="Of those, learners supported" required validationMessage={errors.supported}>
            <Input inputMode="numeric" value={draft.supported} onChange={(_, d) => edit({ supported: d.value })} />
          </Field>
          <Field label="Indicator used" hint="For example: the local authority’s RONI tool." validationMessage={errors.indicator}>
            <Input value={draft.indicator} onChange={(_, d) => edit({ indicator: d.value })} />
          </Field>
          <Field
            className={styles.wide}
            label="Support given"
            hint="What the group got, for example one-to-one guidance or a college taster: no names."
            validationMessage={errors.support}
          >
            <Textarea value={draft.support} resize="vertical" rows={4} onChange={(_, d) => edit({ support: d.value })} />
          </Field>
        </div>
      )}
    </RecordDialog>
  );
}
