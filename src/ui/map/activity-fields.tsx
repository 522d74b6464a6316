import { Checkbox, Field, Input, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { benchmarks } from '../../domain/catalogue/benchmarks';
import { activityCategories } from '../../domain/catalogue/provision';
import type { BenchmarkNumber } from '../../domain/catalogue/types';
import { SINGLE_LINE_MAX, URL_MAX } from '../../domain/validation/limits';
import { CheckboxGroup } from '../common/checkbox-group';
import type { ActivityDraft, ActivityFieldsProps } from './activity-draft';
import { ActivityPlaceFields } from './activity-place-fields';
import { LearningOutcomePicker } from './learning-outcome-picker';

const useStyles = makeStyles({
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(12em, 1fr))',
    gap: tokens.spacingHorizontalM,
    // Grid items may shrink below a long option's width rather than overflow the dialog.
    '& > *': { minWidth: 0 },
    '& .fui-Select': { minWidth: 0 },
  },
});

/** The fields of one activity of the provision map; `errors` holds the domain's messages by field. */
export function ActivityFields(props: ActivityFieldsProps): ReactNode {
  const styles = useStyles();
  const { draft, edit, errors } = props;
  return (
    <>
      <Field label="Title" required validationMessage={errors.title}>
        <Input value={draft.title} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ title: d.value })} />
      </Field>
      <div className={styles.pair}>
        <ActivityPlaceFields {...props} />
      </div>
      <CheckboxGroup
        label="Categories"
        required
        error={errors.categories}
        options={activityCategories.map((c) => ({ value: c.id, label: c.name }))}
        value={draft.categories}
        onChange={(categories) => edit({ categories })}
      />
      <LearningOutcomePicker value={draft.learningOutcomes} onChange={(learningOutcomes) => edit({ learningOutcomes })} error={errors.learningOutcomes} />
      <CheckboxGroup<BenchmarkNumber>
        label="Gatsby Benchmarks it evidences"
        hint="Its categories already count for their usual benchmarks."
        error={errors.benchmarks}
        options={benchmarks.map((b) => ({ value: b.number, label: `${b.number} ${b.name}` }))}
        value={draft.benchmarks}
        onChange={(chosen) => edit({ benchmarks: chosen })}
      />
      <Field label="Who it reaches" validationMessage={errors['audience.kind']}>
        <RadioGroup value={draft.audience} onChange={(_, d) => edit({ audience: d.value as ActivityDraft['audience'] })}>
          <Radio value="universal" label="Every learner in the year group" />
          <Radio value="targeted" label="A targeted group" />
        </RadioGroup>
      </Field>
      {draft.audience === 'targeted' ? (
        <Field label="Targeted group" required validationMessage={errors['audience.group']}>
          <Input value={draft.group} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ group: d.value })} />
        </Field>
      ) : null}
      <Checkbox label="Parents and carers take part" checked={draft.parentsAndCarers} onChange={(_, d) => edit({ parentsAndCarers: d.checked === true })} />
      <div className={styles.pair}>
        <Field label="Provider" hint="For Provider Access Legislation encounters." validationMessage={errors.provider}>
          <Input value={draft.provider} maxLength={SINGLE_LINE_MAX} onChange={(_, d) => edit({ provider: d.value })} />
        </Field>
        <Field label="Evidence link" validationMessage={errors.evidenceLink}>
          <Input type="url" value={draft.evidenceLink} maxLength={URL_MAX} onChange={(_, d) => edit({ evidenceLink: d.value })} />
        </Field>
      </div>
    </>
  );
}
