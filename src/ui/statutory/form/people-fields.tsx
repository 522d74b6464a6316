import { Field, Input, Select, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { TrainingStatus } from '../../../domain/statutory/types';
import { SINGLE_LINE_MAX } from '../../../domain/validation/limits';
import { type FieldGroupProps, useFormStyles } from './form-styles';

/** The Careers Leader, and the senior leader, Link Governor and explicit backing. */
export function PeopleFields(props: FieldGroupProps): ReactNode {
  const styles = useFormStyles();
  const { draft, edit, errors } = props;
  return (
    <>
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
    </>
  );
}
