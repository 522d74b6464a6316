import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { Activity } from '../../domain/provision-map/types';
import type { TemplateCatalogue } from '../../provision-template/catalogue';
import { templateColumns } from '../../provision-template/columns';
import { activityToRow } from '../../provision-template/row-values';
import type { RowConflict } from '../../provision-template/sync/diff';
import type { ConflictChoice } from '../../provision-template/sync/resolve';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  versions: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** A row changed in the workbook and on the site since the last sync: both versions, and the person's choice. */
export function ConflictView(props: {
  conflict: RowConflict;
  catalogue: TemplateCatalogue;
  onChoose: (conflict: RowConflict, choice: ConflictChoice) => void;
}): ReactNode {
  const styles = useStyles();
  const { conflict } = props;
  const title = conflict.row?.activity.title ?? conflict.remote?.activity.title ?? conflict.base?.activity.title ?? conflict.key;
  return (
    <section className={styles.card} aria-label={title}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <Body1 as="p">Changed in this workbook and on the team’s site.</Body1>
      <div className={styles.versions}>
        <Version label="In this workbook" activity={conflict.row?.activity} catalogue={props.catalogue} />
        <Version label="On the team’s site" activity={conflict.remote?.activity} catalogue={props.catalogue} />
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => props.onChoose(conflict, 'mine')}>
          Keep the workbook’s
        </Button>
        <Button onClick={() => props.onChoose(conflict, 'theirs')}>Take the site’s</Button>
      </div>
    </section>
  );
}

function Version(props: { label: string; activity: Activity | undefined; catalogue: TemplateCatalogue }): ReactNode {
  const styles = useStyles();
  const values = props.activity ? activityToRow(props.activity, props.catalogue) : [];
  return (
    <section aria-label={props.label}>
      <Body1 as="h4">
        <strong>{props.label}</strong>
      </Body1>
      {props.activity ? (
        <ul className={styles.list}>
          {templateColumns.map((c, i) =>
            values[i] === null || values[i] === '' || c.id === 'key' ? null : (
              <li key={c.id}>
                {c.header}: {String(values[i])}
              </li>
            ),
          )}
        </ul>
      ) : (
        <Body1 as="p">Deleted</Body1>
      )}
    </section>
  );
}
