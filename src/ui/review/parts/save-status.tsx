import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { messageOf } from '../../common/error-bar';
import type { SaveState } from '../data/review-state';

const useStyles = makeStyles({
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '32px' },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

/** Saving / saved / could not save, announced politely; a failed save offers to try again. */
export function SaveStatus(props: { state: SaveState | undefined; idleText?: string; onRetry?: () => void }): ReactNode {
  const styles = useStyles();
  const { state } = props;
  return (
    <div className={styles.status} role="status">
      {state?.status === 'saving' ? <Caption1>Saving…</Caption1> : null}
      {state?.status === 'saved' ? <Caption1>Saved</Caption1> : null}
      {state?.status === 'waiting' ? (
        <>
          <Caption1 className={styles.failed}>Not saved yet — we&apos;ll keep trying.</Caption1>
          {props.onRetry ? (
            <Button size="small" onClick={props.onRetry}>
              Retry now
            </Button>
          ) : null}
        </>
      ) : null}
      {state?.status === 'failed' ? (
        <>
          <Caption1 className={styles.failed}>Not saved. {messageOf(state.error)}</Caption1>
          {props.onRetry ? (
            <Button size="small" onClick={props.onRetry}>
              Try again
            </Button>
          ) : null}
        </>
      ) : null}
      {!state && props.idleText ? <Caption1>{props.idleText}</Caption1> : null}
    </div>
  );
}
