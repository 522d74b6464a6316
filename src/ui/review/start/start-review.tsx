import { Body1, Button, Field, Input, makeStyles, Radio, RadioGroup, Subtitle1, tokens } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

import type { ModelVariant } from '../../../domain/catalogue/types';
import type { Review } from '../../../domain/review/types';
import { ErrorBar } from '../../common/error-bar';
import type { SignedInUser } from '../../common/services-context';
import { ParticipantLines } from './participant-lines';
import { useStartReviewForm } from './use-start-review-form';
import type { HostAdapter } from '../../../host/host-types';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '60rem',
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  fields: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  flush: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * Starting an internal leadership review: the meeting date, the model, and who takes part — chosen from the
 * team where the host offers its people picker, typed otherwise. The domain's rules check it before saving.
 */
export function StartReview(props: {
  host: HostAdapter;
  user: SignedInUser;
  institutionId: string;
  defaultVariant: ModelVariant;
  create: (review: Review) => Promise<void>;
  onCancel?: () => void;
}): ReactNode {
  const styles = useStyles();
  const headingId = useId();
  const form = useStartReviewForm(props);

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <Subtitle1 block as="h2" id={headingId} className={styles.flush}>
        Start an internal leadership review
      </Subtitle1>
      <Body1 block as="p" className={styles.flush}>
        Everyone taking part reflects on every row of the maturity model beforehand; the meeting then agrees a best fit
        for each row.
      </Body1>
      <div className={styles.fields}>
        <Field label="Meeting date" required validationMessage={form.errors.date}>
          <Input
            type="date"
            value={form.date}
            onChange={(_, data) => form.changeDate(data.value)}
          />
        </Field>
        <Field label="Title" required validationMessage={form.errors.title} style={{ flex: '1 1 20rem' }}>
          <Input
            value={form.title}
            onChange={(_, data) => form.changeTitle(data.value)}
          />
        </Field>
      </div>
      <Field label="Maturity model" validationMessage={form.errors.variant}>
        <RadioGroup value={form.variant} onChange={(_, data) => form.setVariant(data.value as ModelVariant)} layout="horizontal">
          <Radio value="schools" label="Schools and specialist settings" />
          <Radio value="colleges" label="Colleges" />
        </RadioGroup>
      </Field>
      <ParticipantLines lines={form.lines} onChange={form.setLines} errors={form.errors} host={props.host} onFailure={form.setFailure} />
      {form.failure ? <ErrorBar error={form.failure} onDismiss={() => form.setFailure(undefined)} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={form.busy}>
          {form.busy ? 'Starting…' : 'Start the review'}
        </Button>
        {props.onCancel ? <Button onClick={props.onCancel}>Cancel</Button> : null}
      </div>
    </form>
  );
}
