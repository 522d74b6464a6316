import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Subtitle1,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useId, useState } from 'react';

import type { ModelVariant } from '../../../domain/catalogue/types';
import { todayIso } from '../../common/ids';
import type { Review } from '../../../domain/review/types';
import { ErrorBar } from '../../common/error-bar';
import { UserFacingError } from '../../common/user-facing-error';
import type { SignedInUser } from '../../common/services-context';
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
  person: {
    display: 'grid',
    gridTemplateColumns: 'minmax(10rem, 2fr) minmax(12rem, 2fr) minmax(8rem, 1.5fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    '@media (max-width: 700px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  people: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, border: 'none' },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalS },
  flush: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const newKey = (): string => crypto.randomUUID();
const blankLine = (): ParticipantLine => ({ key: newKey(), displayName: '', email: '', role: '' });

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
    { key: newKey(), displayName: props.user.displayName, email: props.user.upn ?? '', role: 'Careers Leader' },
    blankLine(),
  ]);
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const updateLine = (key: string, change: Partial<ParticipantLine>): void =>
    setLines((all) => all.map((l) => (l.key === key ? { ...l, ...change } : l)));

  const chooseFromTeam = async (): Promise<void> => {
    setFailure(undefined);
    try {
      const existing = new Set(lines.map((l) => l.email.trim().toLowerCase()).filter(Boolean));
      const picked = await props.host.selectPeople([]);
      const added = picked
        .filter((p) => !existing.has((p.email ?? '').toLowerCase()))
        .map((p) => ({ key: newKey(), displayName: p.displayName, email: p.email ?? '', role: '' }));
      setLines((all) => [...all.filter((l) => l.displayName.trim() || l.email.trim()), ...added]);
    } catch (error) {
      setFailure(error);
    }
  };

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
      <fieldset className={styles.people}>
        <legend className={styles.legend}>
          <Subtitle2 block as="h3" className={styles.flush}>
            Participants
          </Subtitle2>
        </legend>
        <Body1 block as="p" className={styles.flush}>
          For example senior and middle leaders, the Careers Adviser, SEND and pastoral colleagues, and the Link Governor.
          An email or user name lets the person sign in and reflect.
        </Body1>
        {lines.map((line, i) => (
          <div key={line.key} className={styles.person}>
            <Field label={`Participant ${i + 1}: name`} validationMessage={errors[`participants[${i}].displayName`]}>
              <Input value={line.displayName} onChange={(_, data) => updateLine(line.key, { displayName: data.value })} />
            </Field>
            <Field label={`Participant ${i + 1}: email or user name`} validationMessage={errors[`participants[${i}].email`]}>
              <Input
                type="email"
                value={line.email}
                onChange={(_, data) => updateLine(line.key, { email: data.value })}
              />
            </Field>
            <Field label={`Participant ${i + 1}: role`} validationMessage={errors[`participants[${i}].role`]}>
              <Input value={line.role} onChange={(_, data) => updateLine(line.key, { role: data.value })} />
            </Field>
            <Button
              onClick={() => setLines((all) => all.filter((l) => l.key !== line.key))}
              aria-label={`Remove participant ${i + 1}`}
              disabled={lines.length === 1}
            >
              Remove
            </Button>
          </div>
        ))}
        {errors.participants ? <ErrorBar error={new UserFacingError(errors.participants)} /> : null}
        <div className={styles.actions}>
          <Button onClick={() => setLines((all) => [...all, blankLine()])}>Add a participant</Button>
          {props.host.capabilities.selectPeople ? (
            <Button onClick={() => void chooseFromTeam()}>Choose from the team</Button>
          ) : null}
        </div>
      </fieldset>
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
