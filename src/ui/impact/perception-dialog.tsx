import { Field, Input, Select } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { learningOutcomeAreas } from '../../domain/catalogue/learning-outcomes';
import { type ImpactValidationContext, type PerceptionRecord, surveyKinds, surveyNames, validatePerception } from '../../domain/impact';
import type { ItemVersion, Versioned } from '../../shared/versioned';
import { newId } from '../common/ids';
import { capital, describePerception } from './describe';
import { type PerceptionDraft, perceptionDraft, perceptionInput } from './drafts';
import { useFormStyles } from './form-styles';
import { RecordDialog } from './record-dialog';

const SHOWN = ['survey', 'surveyName', 'date', 'yearGroup', 'responses', 'yearGroupSize', 'areas'];

/** Add or change one year group's results in a round of the Future Skills Questionnaire or the school's own survey. */
export function PerceptionDialog(props: {
  year: string;
  context: ImpactValidationContext;
  existing?: Versioned<PerceptionRecord>;
  save: (record: PerceptionRecord, basedOn: ItemVersion | null) => Promise<Versioned<PerceptionRecord>>;
  onStored: (stored: Versioned<PerceptionRecord> | null) => void;
  onClose: () => void;
}): ReactNode {
  const styles = useFormStyles();
  const id = props.existing?.value.id ?? newId('fsq');
  return (
    <RecordDialog<PerceptionRecord, PerceptionDraft>
      title={props.existing ? 'Change survey results' : 'Add survey results'}
      noun="results"
      initial={perceptionDraft(props.existing?.value)}
      version={props.existing ?? null}
      validate={(d) => validatePerception(perceptionInput(d, id, props.existing?.value.academicYear ?? props.year), props.context)}
      shown={SHOWN}
      describe={describePerception}
      save={props.save}
      onStored={props.onStored}
      onClose={props.onClose}
    >
      {({ draft, edit, errors }) => {
        const areaErrors = Object.entries(errors).filter(([k]) => k.startsWith('areas'));
        return (
          <>
            <div className={styles.grid}>
              <Field label="Survey" required validationMessage={errors.survey}>
                <Select value={draft.survey} onChange={(_, d) => edit({ survey: d.value as PerceptionDraft['survey'] })}>
                  {surveyKinds.map((s) => (
                    <option key={s} value={s}>
                      {capital(surveyNames[s])}
                    </option>
                  ))}
                </Select>
              </Field>
              {draft.survey === 'own' ? (
                <Field label="Survey name" required validationMessage={errors.surveyName}>
                  <Input value={draft.surveyName} onChange={(_, d) => edit({ surveyName: d.value })} />
                </Field>
              ) : null}
              <Field label="Date the round closed" required validationMessage={errors.date}>
                <Input type="date" value={draft.date} onChange={(_, d) => edit({ date: d.value })} />
              </Field>
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
              <Field label="Responses" required validationMessage={errors.responses}>
                <Input inputMode="numeric" value={draft.responses} onChange={(_, d) => edit({ responses: d.value })} />
              </Field>
              <Field label="Learners in the year group" hint="Gives the response rate." validationMessage={errors.yearGroupSize}>
                <Input inputMode="numeric" value={draft.yearGroupSize} onChange={(_, d) => edit({ yearGroupSize: d.value })} />
              </Field>
            </div>
            <fieldset className={styles.group}>
              <legend className={styles.legend}>Positive answers by learning-outcome area (%)</legend>
              {learningOutcomeAreas.map((area) => (
                <Field key={area} label={area}>
                  <Input
                    inputMode="decimal"
                    value={draft.areas[area] ?? ''}
                    onChange={(_, d) => edit({ areas: { ...draft.areas, [area]: d.value } })}
                  />
                </Field>
              ))}
              {areaErrors.map(([k, message]) => (
                <p key={k} className={styles.message} role="alert">
                  {message}
                </p>
              ))}
            </fieldset>
          </>
        );
      }}
    </RecordDialog>
  );
}
