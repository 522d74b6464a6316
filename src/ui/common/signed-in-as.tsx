import { Caption1, Checkbox, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { Participant } from '../../domain/review/types';
import type { LocalSignIn, SignedInUser } from './services-context';

const useStyles = makeStyles({
  box: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalS },
  select: { width: '16rem', maxWidth: '100%' },
});

const looksLikeUpn = (id: string): boolean => /^[^\s@:]+@[^\s@:]+$/.test(id);

/**
 * Local mode only: who this browser tab acts as. Choosing reloads the page as that person, so two windows
 * can be two participants; "view only" acts as a member who may read but not change anything.
 */
export function SignedInAs(props: { user: SignedInUser; localSignIn: LocalSignIn; participants: readonly Participant[] }): ReactNode {
  const styles = useStyles();
  const current = props.user.upn?.toLowerCase() ?? '';
  const people = props.participants.filter((p) => looksLikeUpn(p.id));
  const listed = people.some((p) => p.id.toLowerCase() === current);
  return (
    <div className={styles.box}>
      <Field label="Signed in as (local)">
        <Select className={styles.select} value={current} onChange={(_, data) => props.localSignIn.switchTo(data.value, props.user.readOnly)}>
          {listed ? null : <option value={current}>{props.user.displayName}</option>}
          {people.map((p) => (
            <option key={p.id} value={p.id.toLowerCase()}>
              {p.displayName}
              {p.role ? `, ${p.role}` : ''}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label="View only"
        checked={props.user.readOnly}
        onChange={(_, data) => props.localSignIn.switchTo(current, data.checked === true)}
      />
      {props.user.readOnly ? <Caption1>You can look but not change anything.</Caption1> : null}
    </div>
  );
}
