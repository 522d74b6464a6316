import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useId, useState } from 'react';

import type { ModelVariant } from '../../../domain/catalogue/types';
import { todayIso } from '../../common/ids';
import type { Review } from '../../../domain/review/types';
import { ErrorBar } from '../../common/error-bar';
import type { SignedInUser } from '../../common/services-context';
import { blankLine, ParticipantLines } from './participant-lines';
import { type FormErrors, type ParticipantLine, reviewFromForm, suggestedTitle } from './review-form';
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
  const [date, setDate] = useState(todayIso);
  const [title, setTitle] = useState(() => suggestedTitle(todayIso()));
  const [titleTouched, setTitleTouched] = useState(false);
  const [variant, setVariant] = useState<ModelVariant>(props.defaultVariant);
  const [lines, setLines] = useState<readonly ParticipantLine[]>(() => [
    { key: crypto.randomUUID(), displayName: props.user.displayName, email: props.user.upn ?? '', role: 'Careers Leader' },
    blankLine(),
  ]);
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const submit = async (): Promise<void> => {
    const result = reviewFromForm(
      { title, date, variant, participants: lines },
      { institutionId: props.institutionId, makeId: () => crypto.randomUUID() },
    );
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    setFailure(undefined);
    try {
      await props.create(result.review);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
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
        <Field label="Meeting date" required validationMessage={errors.date}>
          <Input
            type="date"
            value={date}
            onChange={(_, data) => {
              setDate(data.value);
              if (!titleTouched) setTitle(suggestedTitle(data.value));
            }}
          />
        </Field>
        <Field label="Title" required validationMessage={errors.title} style={{ flex: '1 1 20rem' }}>
          <Input
            value={title}
            onChange={(_, data) => {
              setTitle(data.value);
              setTitleTouched(true);
            }}
          />
        </Field>
      </div>
      <Field label="Maturity model" validationMessage={errors.variant}>
        <RadioGroup value={variant} onChange={(_, data) => setVariant(data.value as ModelVariant)} layout="horizontal">
          <Radio value="schools" label="Schools and specialist settings" />
          <Radio value="colleges" label="Colleges" />
        </RadioGroup>
      </Field>
      <ParticipantLines lines={lines} onChange={setLines} errors={errors} host={props.host} onFailure={setFailure} />
      {failure ? <ErrorBar error={failure} onDismiss={() => setFailure(undefined)} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {busy ? 'Starting…' : 'Start the review'}
        </Button>
        {props.onCancel ? <Button onClick={props.onCancel}>Cancel</Button> : null}
      </div>
    </form>
  );
}
