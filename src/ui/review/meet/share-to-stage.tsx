import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import { messageOf } from '../../common/error-bar';
import { meetingStageUrl } from '../meeting-stage/meeting-stage-url';
import type { HostAdapter } from '../../../host/host-types';

const useStyles = makeStyles({
  share: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** Puts the row under discussion on the meeting stage, so everyone sees the same thing. Offered only in meetings. */
export function ShareToStage(props: { host: HostAdapter; reviewId: string; rowId: string; rowLabel: string }): ReactNode {
  const styles = useStyles();
  const [state, setState] = useState<{ text: string } | undefined>();
  if (!props.host.capabilities.shareToStage) return null;
  const share = (): void => {
    setState({ text: 'Sharing…' });
    props.host
      .shareToStage(meetingStageUrl(window.location, props.reviewId, props.rowId))
      .then(
        () => setState({ text: `${props.rowLabel} is on the meeting stage.` }),
        (error: unknown) => setState({ text: `Not shared. ${messageOf(error)}` }),
      );
  };
  return (
    <div className={styles.share}>
      <Button onClick={share}>Share this row to the meeting stage</Button>
      <Caption1 role="status">{state?.text}</Caption1>
    </div>
  );
}
