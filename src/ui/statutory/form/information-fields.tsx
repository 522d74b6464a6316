import { Checkbox, Field, Input, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { publishedCareersInformation } from '../../../domain/catalogue/statutory';
import { SINGLE_LINE_MAX, URL_MAX } from '../../../domain/validation/limits';
import { type FieldGroupProps, useFormStyles } from './form-styles';

/** The published careers information (where and when, and what it holds), then guidance and destinations. */
export function InformationFields(props: FieldGroupProps): ReactNode {
  const styles = useFormStyles();
  const { draft, edit, errors } = props;
  return (
    <>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>Published careers information</Subtitle2>
        </legend>
        <Field label="Web address of the careers information" validationMessage={errors['publishedInformation.url']}>
          <Input type="url" value={draft.infoUrl} maxLength={URL_MAX} onChange={(_, d) => edit({ infoUrl: d.value })} />
        </Field>
        <Field label="Date it was published there" validationMessage={errors['publishedInformation.publishedOn']}>
          <Input type="date" value={draft.infoPublishedOn} onChange={(_, d) => edit({ infoPublishedOn: d.value })} />
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
    </>
  );
}
