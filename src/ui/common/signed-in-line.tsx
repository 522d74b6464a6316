import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import type { Participant } from '../../domain/review/types';
import { onDemand } from './on-demand';
import type { LocalSignIn, SignedInUser } from './services-context';

// The form's controls are fetched only when someone asks to change who they act as.
const SignedInAs = onDemand(() => import('./signed-in-as').then((m) => m.SignedInAs));

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** Local mode only: who this browser tab acts as, in words, with a button that opens the form to change it. */
export function SignedInLine(props: { user: SignedInUser; localSignIn: LocalSignIn; participants: readonly Participant[] }): ReactNode {
  const styles = useStyles();
  const [changing, setChanging] = useState(false);
  if (changing) return <SignedInAs {...props} />;
  return (
    <div className={styles.line}>
      <Caption1>
        Signed in as {props.user.displayName} (local){props.user.readOnly ? ', view only: you can look but not change anything.' : ''}
      </Caption1>
      <Button size="small" appearance="subtle" onClick={() => setChanging(true)}>
        Sign in as someone else
      </Button>
    </div>
  );
}
