import { Button, Checkbox, Field, Input, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import { providerAccessPolicyContents, publishedCareersInformation } from '../../domain/catalogue/statutory';
import type { StatutoryRecord, TrainingStatus } from '../../domain/statutory/types';
import { SINGLE_LINE_MAX, URL_MAX } from '../../domain/validation/limits';
import { validateStatutoryRecord } from '../../domain/validation/statutory';
import { ErrorBar, UserFacingError } from '../common/error-bar';
import { ConflictChoice } from '../common/conflict-choice';
import { otherErrors } from '../common/field-errors';
import { useGuardedSave } from '../common/use-guarded-save';
import { describeRecord } from './describe';
import { type StatutoryDraft, statutoryDraft, statutoryInput } from './statutory-draft';
import type { ItemVersion, Versioned } from '../../shared/versioned';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  group: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(16em, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
  contents: { gridColumn: '1 / -1', display: 'flex', flexDirection: 'column', margin: 0, padding: 0, border: 'none' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const SHOWN = ['careersLeader', 'seniorLeader', 'explicitBacking', 'linkGovernor', 'providerAccessPolicy', 'publishedInformation', 'impartialGuidance', 'destinationsCollected'];

/** Change the statutory duties record, checked by the domain's validator and saved against its eTag. */
export function StatutoryForm(props: {
  record: StatutoryRecord;
  version: ItemVersion | null;
  save: (record: StatutoryRecord, basedOn: ItemVersion | null) => Promise<Versioned<StatutoryRecord>>;
  onSaved: (saved: Versioned<StatutoryRecord>) => void;
  onTheirs: (theirs: Versioned<StatutoryRecord> | null) => void;
  onCancel: () => void;
}): ReactNode {
  const styles = useStyles();
  const [draft, setDraft] = useState<StatutoryDraft>(() => statutoryDraft(props.record));
  const guarded = useGuardedSave(props.save, props.onSaved, props.onTheirs);
  const errors = guarded.fieldErrors;
  const edit = (change: Partial<StatutoryDraft>): void => setDraft((d) => ({ ...d, ...change }));

  const submit = (): void => void guarded.submit(validateStatutoryRecord(statutoryInput(draft, props.record.institutionId)), props.version);

  if (guarded.conflict) {
    return (
      <ConflictChoice
        what="the statutory duties record"
        theirs={guarded.conflict.theirs ? describeRecord(guarded.conflict.theirs.value) : null}
        mine={describeRecord(guarded.conflict.mine)}
        busy={guarded.busy}
        onKeepTheirs={guarded.keepTheirs}
        onKeepMine={() => void guarded.keepMine()}
      />
    );
  }
  const leftOver = otherErrors(errors, SHOWN);
  return (
    <div className={styles.form}>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>Careers Leader</Subtitle2>
        </legend>
        <Field label="Name" validationMessage={errors['careersLeader.name']}>
          <Input value={draft.leaderName} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ leaderName: d.value })} />
        </Field>
        <Field label="Email address" validationMessage={errors['careersLeader.email']}>
          <Input type="email" value={draft.leaderEmail} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ leaderEmail: d.value })} />
        </Field>
        <Field label="Careers Leader training" validationMessage={errors['careersLeader.training']}>
          <Select value={draft.leaderTraining} onChange={(_, d) => edit({ leaderTraining: d.value as TrainingStatus | '' })}>
            <option value="">Choose</option>
            <option value="trained">Trained</option>
            <option value="in-training">In training</option>
            <option value="not-trained">Not trained</option>
          </Select>
        </Field>
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>Leadership and governance</Subtitle2>
        </legend>
        <Field label="Senior leader responsible for careers" validationMessage={errors['seniorLeader.name']}>
          <Input value={draft.seniorLeader} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ seniorLeader: d.value })} />
        </Field>
        <Field label="Link Governor" validationMessage={errors['linkGovernor.name']}>
          <Input value={draft.linkGovernor} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ linkGovernor: d.value })} />
        </Field>
        <Field
          label="How the senior leadership team and governors give the careers provision their explicit backing"
          hint="In your own words, for example: careers strategy endorsed by the headteacher and the full governing body"
          validationMessage={errors['explicitBacking.how']}
        >
          <Input value={draft.backingHow} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ backingHow: d.value })} />
        </Field>
        <Field label="Date of the explicit backing" validationMessage={errors['explicitBacking.date']}>
          <Input type="date" value={draft.backingDate} onChange={(_, d) => edit({ backingDate: d.value })} />
        </Field>
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>Provider access policy statement</Subtitle2>
        </legend>
        <Field label="Web address of the policy statement" validationMessage={errors['providerAccessPolicy.url']}>
          <Input type="url" value={draft.policyUrl} maxLength={URL_MAX} onChange={(_, d) => edit({ policyUrl: d.value })} />
        </Field>
        <Checkbox label="Published on the school's website" checked={draft.policyPublished} onChange={(_, d) => edit({ policyPublished: d.checked === true })} />
        <Field label="Signed off, in agreement with the governing body, by" validationMessage={errors['providerAccessPolicy.signOff.by']}>
          <Input value={draft.signedOffBy} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ signedOffBy: d.value })} />
        </Field>
        <Field label="Date it was signed off" validationMessage={errors['providerAccessPolicy.signOff.date']}>
          <Input type="date" value={draft.signedOffDate} onChange={(_, d) => edit({ signedOffDate: d.value })} />
        </Field>
        <fieldset className={styles.contents}>
          <legend>The statement includes</legend>
          {providerAccessPolicyContents.map((c) => (
            <Checkbox
              key={c.id}
              label={c.label}
              checked={draft.policyContents.includes(c.id)}
              onChange={(_, d) =>
                edit({ policyContents: d.checked === true ? [...draft.policyContents, c.id] : draft.policyContents.filter((id) => id !== c.id) })
              }
            />
          ))}
        </fieldset>
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>Published careers information</Subtitle2>
        </legend>
        <Field label="Web address of the careers information" validationMessage={errors['publishedInformation.url']}>
          <Input type="url" value={draft.infoUrl} maxLength={URL_MAX} onChange={(_, d) => edit({ infoUrl: d.value })} />
        </Field>
        <Checkbox label={publishedCareersInformation[0]} checked={draft.infoContact} onChange={(_, d) => edit({ infoContact: d.checked === true })} />
        <Checkbox label={publishedCareersInformation[1]} checked={draft.infoSummary} onChange={(_, d) => edit({ infoSummary: d.checked === true })} />
        <Checkbox label={publishedCareersInformation[2]} checked={draft.infoImpact} onChange={(_, d) => edit({ infoImpact: d.checked === true })} />
        <Field label="Date of the next review of the published information" validationMessage={errors['publishedInformation.nextReviewDate']}>
          <Input type="date" value={draft.infoNextReview} onChange={(_, d) => edit({ infoNextReview: d.value })} />
        </Field>
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>Guidance and destinations</Subtitle2>
        </legend>
        <Checkbox
          label="Independent and impartial careers guidance is provided to all learners"
          checked={draft.guidanceProvided}
          onChange={(_, d) => edit({ guidanceProvided: d.checked === true })}
        />
        <Field label="Careers adviser who gives it" validationMessage={errors['impartialGuidance.adviser']}>
          <Input value={draft.adviser} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ adviser: d.value })} />
        </Field>
        <Checkbox
          label="Destinations data is collected for all learners"
          checked={draft.destinations}
          onChange={(_, d) => edit({ destinations: d.checked === true })}
        />
      </fieldset>
      {leftOver.length ? <ErrorBar error={new UserFacingError(leftOver.join(' '))} /> : null}
      {guarded.error ? <ErrorBar error={guarded.error} title="Not saved" onDismiss={guarded.dismissError} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={submit} disabled={guarded.busy}>
          {guarded.busy ? 'Saving…' : 'Save the record'}
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </div>
  );
}
