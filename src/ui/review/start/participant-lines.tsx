import { Body1, Button, Field, Input, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { HostAdapter } from '../../../host/host-types';
import { ErrorBar } from '../../common/error-bar';
import { UserFacingError } from '../../common/user-facing-error';
import type { FormErrors, ParticipantLine } from './review-form';

const useStyles = makeStyles({
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
export const blankLine = (): ParticipantLine => ({ key: newKey(), displayName: '', email: '', role: '' });

/** Who takes part in a new review: typed line by line, or chosen from the team where the host offers its people picker. */
export function ParticipantLines(props: {
  lines: readonly ParticipantLine[];
  onChange: (change: (lines: readonly ParticipantLine[]) => readonly ParticipantLine[]) => void;
  errors: FormErrors;
  host: HostAdapter;
  onFailure: (error: unknown) => void;
}): ReactNode {
  const styles = useStyles();
  const updateLine = (key: string, change: Partial<ParticipantLine>): void =>
    props.onChange((all) => all.map((l) => (l.key === key ? { ...l, ...change } : l)));

  const chooseFromTeam = async (): Promise<void> => {
    props.onFailure(undefined);
    try {
      const existing = new Set(props.lines.map((l) => l.email.trim().toLowerCase()).filter(Boolean));
      const picked = await props.host.selectPeople([]);
      const added = picked
        .filter((p) => !existing.has((p.email ?? '').toLowerCase()))
        .map((p) => ({ key: newKey(), displayName: p.displayName, email: p.email ?? '', role: '' }));
      props.onChange((all) => [...all.filter((l) => l.displayName.trim() || l.email.trim()), ...added]);
    } catch (error) {
      props.onFailure(error);
    }
  };

  return (
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
      {props.lines.map((line, i) => (
        <div key={line.key} className={styles.person}>
          <Field label={`Participant ${i + 1}: name`} validationMessage={props.errors[`participants[${i}].displayName`]}>
            <Input value={line.displayName} onChange={(_, data) => updateLine(line.key, { displayName: data.value })} />
          </Field>
          <Field label={`Participant ${i + 1}: email or user name`} validationMessage={props.errors[`participants[${i}].email`]}>
            <Input
              type="email"
              value={line.email}
              onChange={(_, data) => updateLine(line.key, { email: data.value })}
            />
          </Field>
          <Field label={`Participant ${i + 1}: role`} validationMessage={props.errors[`participants[${i}].role`]}>
            <Input value={line.role} onChange={(_, data) => updateLine(line.key, { role: data.value })} />
          </Field>
          <Button
            onClick={() => props.onChange((all) => all.filter((l) => l.key !== line.key))}
            aria-label={`Remove participant ${i + 1}`}
            disabled={props.lines.length === 1}
          >
            Remove
          </Button>
        </div>
      ))}
      {props.errors.participants ? <ErrorBar error={new UserFacingError(props.errors.participants)} /> : null}
      <div className={styles.actions}>
        <Button onClick={() => props.onChange((all) => [...all, blankLine()])}>Add a participant</Button>
        {props.host.capabilities.selectPeople ? (
          <Button onClick={() => void chooseFromTeam()}>Choose from the team</Button>
        ) : null}
      </div>
    </fieldset>
  );
}
