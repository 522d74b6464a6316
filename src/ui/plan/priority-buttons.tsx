import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** An editor's changes to one priority (named, say, "Priority 2"): add an action, change it, remove it. */
export function PriorityButtons(props: { name: string; onAddAction: () => void; onEdit: () => void; onRemove: () => void }): ReactNode {
  const styles = useStyles();
  const name = props.name.toLowerCase();
  return (
    <div className={styles.buttons}>
      <Button icon={<AddRegular />} onClick={props.onAddAction} aria-label={`Add an action to ${name}`}>
        Add an action
      </Button>
      <Button icon={<EditRegular />} onClick={props.onEdit} aria-label={`Change ${name}`}>
        Change priority
      </Button>
      <Button icon={<DeleteRegular />} onClick={props.onRemove} aria-label={`Remove ${name}`}>
        Remove priority
      </Button>
    </div>
  );
}
