import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { type ImpactValidationContext, stakeholderGroupNames, stakeholderGroups, validateVoice, type VoiceRecord } from '../../domain/impact';
import type { ItemVersion, Versioned } from '../../shared/versioned';
import { newId } from '../common/ids';
import { capital, describeVoice } from './describe';
import { type VoiceDraft, voiceDraft, voiceInput } from './drafts';
import { useFormStyles } from './form-styles';
import { RecordDialog } from './record-dialog';

const SHOWN = ['group', 'date', 'method', 'participants', 'findings'];

/** Add or change a dated summary of what one stakeholder group said. */
export function VoiceDialog(props: {
  year: string;
  context: ImpactValidationContext;
  existing?: Versioned<VoiceRecord>;
  save: (record: VoiceRecord, basedOn: ItemVersion | null) => Promise<Versioned<VoiceRecord>>;
  onStored: (stored: Versioned<VoiceRecord> | null) => void;
  onClose: () => void;
}): ReactNode {
  const styles = useFormStyles();
  const id = props.existing?.value.id ?? newId('voice');
  return (
    <RecordDialog<VoiceRecord, VoiceDraft>
      title={props.existing ? 'Change stakeholder voice' : 'Add stakeholder voice'}
      noun="stakeholder voice"
      initial={voiceDraft(props.existing?.value)}
      version={props.existing ?? null}
      validate={(d) => validateVoice(voiceInput(d, id, props.existing?.value.academicYear ?? props.year), props.context)}
      shown={SHOWN}
      describe={describeVoice}
      save={props.save}
      onStored={props.onStored}
      onClose={props.onClose}
    >
      {({ draft, edit, errors }) => (
        <div className={styles.grid}>
          <Field label="Group" required validationMessage={errors.group}>
            <Select value={draft.group} onChange={(_, d) => edit({ group: d.value as VoiceDraft['group'] })}>
              <option value="">Choose</option>
              {stakeholderGroups.map((g) => (
                <option key={g} value={g}>
                  {capital(stakeholderGroupNames[g])}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Date" required validationMessage={errors.date}>
            <Input type="date" value={draft.date} onChange={(_, d) => edit({ date: d.value })} />
          </Field>
          <Field label="How it was gathered" required hint="For example: online survey after the careers fair." validationMessage={errors.method}>
            <Input value={draft.method} onChange={(_, d) => edit({ method: d.value })} />
          </Field>
          <Field label="People who took part" required validationMessage={errors.participants}>
            <Input inputMode="numeric" value={draft.participants} onChange={(_, d) => edit({ participants: d.value })} />
          </Field>
          <Field
            className={styles.wide}
            label="What it found"
            required
            hint="About the group, not individuals: no names."
            validationMessage={errors.findings}
          >
            <Textarea value={draft.findings} resize="vertical" rows={5} onChange={(_, d) => edit({ findings: d.value })} />
          </Field>
        </div>
      )}
    </RecordDialog>
  );
}
