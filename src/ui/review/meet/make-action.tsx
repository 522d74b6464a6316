import { Button, Link, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import { type ReactNode, useState } from 'react';

import type { MaturityRow } from '../../../domain/catalogue/types';
import type { AgreedBestFit } from '../../../domain/review/types';
import { MakeActionDialog } from './make-action-dialog';

const useStyles = makeStyles({
  done: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

/** The tab's own address, showing the strategic careers plan instead of the review. */
function planHref(): string {
  const url = new URL(window.location.href);
  for (const name of ['review', 'section', 'row']) url.searchParams.delete(name);
  url.searchParams.set('view', 'plan');
  return url.href;
}

/**
 * "Make this an action", on a row the meeting has agreed: its next steps become an action in this year's action
 * plan, linked to the row and the review, and the meeting is told where it went.
 */
export function MakeActionButton(props: { bestFit: AgreedBestFit; row: MaturityRow; onMade?: () => void }): ReactNode {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [placed, setPlaced] = useState<string>();
  return (
    <div className={styles.done}>
      <Button icon={<ArrowRightRegular />} onClick={() => setOpen(true)}>
        Make this an action
      </Button>
      <div role="status">
        {placed ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {placed} <Link href={planHref()}>Open the strategic careers plan</Link>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {open ? (
        <MakeActionDialog
          {...props}
          onPlaced={(message) => {
            setPlaced(message);
            props.onMade?.();
          }}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </div>
  );
}
