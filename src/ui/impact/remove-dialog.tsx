import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import { isConflictError } from '../../shared/service-error';
import type { Versioned } from '../../shared/versioned';
import { ConflictChoice, type Described } from '../common/conflict-choice';
import { ErrorBar } from '../common/error-bar';
import { useAction } from '../common/use-action';
import { RecordLines } from './record-lines';

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

const removal = { mine: 'The version you chose to remove', keepMine: 'Remove anyway' } as const;

/**
 * Asks before removing one impact record, naming it line by line. The removal quotes the version shown (If-Match): if
 * someone changed the record meanwhile, both versions are shown and nothing is removed until the person chooses.
 */
export function RemoveRecordDialog<T>(props: {
  /** "the destinations of Year 11 leavers from the local authority" */
  what: string;
  record: Versioned<T>;
  describe: (value: T) => Described;
  remove: (record: Versioned<T>) => Promise<void>;
  /** Null once removed; the stored version when the person chose to keep it instead. */
  onDone: (now: Versioned<T> | null) => void;
  onClose: () => void;
}): ReactNode {
  const styles = useStyles();
  const { busy, failure, run } = useAction(() => {
    props.onDone(null);
    props.onClose();
  });
  const [theirs, setTheirs] = useState<Versioned<T>>();

  /** A conflict shows the stored version to choose from instead of a failure. */
  const remove = (version: Versioned<T>): Promise<boolean> =>
    run(async () => {
      try {
        await props.remove(version);
      } catch (e) {
        const stored = isConflictError(e) ? (e.theirs as Versioned<T> | null) : undefined;
        if (!stored) throw e;
        setTheirs(stored);
        return false;
      }
    });

  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Remove this record?</DialogTitle>
          <DialogContent className={styles.content}>
            {theirs ? (
              <ConflictChoice
                what={props.what}
                theirs={props.describe(theirs.value)}
                mine={props.describe(props.record.value)}
                busy={busy}
                words={removal}
                message={{
                  title: `Someone else changed ${props.what} while you were removing it.`,
                  body: 'Nothing has been removed. Compare the two versions and choose which to keep.',
                }}
                onKeepTheirs={() => {
                  props.onDone(theirs);
                  props.onClose();
                }}
                onKeepMine={() => void remove(theirs)}
              />
            ) : (
              <>
                <Body1 as="p">
                  {props.what[0]!.toUpperCase()}
                  {props.what.slice(1)} will be removed for everyone in the team:
                </Body1>
                <RecordLines lines={props.describe(props.record.value)} />
              </>
            )}
            {failure ? <ErrorBar error={failure} title="Not removed" /> : null}
          </DialogContent>
          {theirs ? null : (
            <DialogActions>
              <Button appearance="primary" onClick={() => void remove(props.record)} disabled={busy}>
                {busy ? 'Removing…' : 'Remove'}
              </Button>
              <Button onClick={props.onClose}>Cancel</Button>
            </DialogActions>
          )}
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
