import { Checkbox, Field, Input, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { providerAccessPolicyContents } from '../../../domain/catalogue/statutory';
import { SINGLE_LINE_MAX, URL_MAX } from '../../../domain/validation/limits';
import { type FieldGroupProps, useFormStyles } from './form-styles';

/** The provider access policy statement: where it is, its sign-off and its four required contents. */
export function PolicyFields(props: FieldGroupProps): ReactNode {
  const styles = useFormStyles();
  const { draft, edit, errors } = props;
  return (
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
  );
}
