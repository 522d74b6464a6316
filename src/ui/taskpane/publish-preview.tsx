import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { PublishPlan } from '../../provision-template/sync/diff';

const SHOWN = 20;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** What Publish is about to send, by kind, before anything is sent. */
export function PublishPreview(props: { plan: PublishPlan; onConfirm: () => void; onCancel: () => void }): ReactNode {
  const styles = useStyles();
  const { plan } = props;
  const groups = [
    { title: 'New', items: plan.created.map((r) => `Row ${r.rowNumber}: ${r.activity.title}`) },
    { title: 'Changed', items: plan.changed.map((c) => `Row ${c.row.rowNumber}: ${c.row.activity.title}`) },
    { title: 'Deleted', items: plan.deleted.map((e) => e.activity.title) },
  ].filter((g) => g.items.length > 0);
  return (
    <section className={styles.root} aria-label="Changes to publish">
      <Subtitle2 as="h2">Publish these changes?</Subtitle2>
      {groups.map((g) => (
        <div key={g.title}>
          <Body1 as="h3">
            <strong>
              {g.title} ({g.items.length})
            </strong>
          </Body1>
          <ul className={styles.list}>
            {g.items.slice(0, SHOWN).map((item, i) => (
              <li key={i}>{item}</li>
            ))}
            {g.items.length > SHOWN ? <li>…and {g.items.length - SHOWN} more</li> : null}
          </ul>
        </div>
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onConfirm}>
          Publish to the team’s site
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </section>
  );
}
