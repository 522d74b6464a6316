import type { ReactNode } from 'react';

import type { Activity } from '../../domain/provision-map/types';
import type { TemplateCatalogue } from '../../provision-template/catalogue';
import { templateColumns } from '../../provision-template/columns';
import { activityToRow } from '../../provision-template/row-values';
import type { RowConflict } from '../../provision-template/sync/diff';
import type { ConflictChoice as Choice } from '../../provision-template/sync/resolve';
import { ConflictChoice, type Described } from '../common/conflict-choice';

/** A row changed in the workbook and on the site since the last sync: both versions, and the person's choice. */
export function ConflictView(props: {
  conflict: RowConflict;
  catalogue: TemplateCatalogue;
  onChoose: (conflict: RowConflict, choice: Choice) => void;
}): ReactNode {
  const { conflict } = props;
  const title = conflict.row?.activity.title ?? conflict.remote?.activity.title ?? conflict.base?.activity.title ?? conflict.key;
  return (
    <ConflictChoice
      what={title}
      heading={{ text: title, level: 'h3' }}
      message={{ title: 'Changed in this workbook and on the team’s site.', body: null }}
      words={{ mine: 'In this workbook', theirs: 'On the team’s site', keepMine: 'Keep the workbook’s', keepTheirs: 'Take the site’s', deleted: 'Deleted' }}
      mineFirst
      takeFocus={false}
      mine={described(conflict.row?.activity, props.catalogue)}
      theirs={described(conflict.remote?.activity, props.catalogue)}
      onKeepMine={() => props.onChoose(conflict, 'mine')}
      onKeepTheirs={() => props.onChoose(conflict, 'theirs')}
    />
  );
}

/** The activity's filled-in template columns (its key aside), or null where it was deleted. */
function described(activity: Activity | undefined, catalogue: TemplateCatalogue): Described | null {
  if (!activity) return null;
  const values = activityToRow(activity, catalogue);
  return templateColumns.flatMap((c, i) => (values[i] === null || values[i] === '' || c.id === 'key' ? [] : [[c.header, String(values[i])] as const]));
}
