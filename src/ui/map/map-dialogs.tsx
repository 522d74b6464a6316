import type { ReactNode } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import type { Activity } from '../../domain/provision-map/types';
import { isConflict } from '../../shared/service-error';
import type { Versioned } from '../../shared/versioned';
import { ConfirmRemove } from '../common/confirm-dialog';
import { nextSortOrder, takeTheirs, upsert, without } from '../common/versioned-list';
import { ActivityDialog } from './activity-dialog';
import type { LoadedMap } from './data/port';
import { useMapData } from './data/queries';
import { ImportDialog, type Imported } from './import-dialog';
import type { ActivitiesChange } from './use-map-edits';

export type Editing =
  | { readonly kind: 'activity'; readonly activity?: Versioned<Activity> }
  | { readonly kind: 'import' }
  | { readonly kind: 'remove'; readonly activity: Versioned<Activity> };

/** The dialog the map has open: add or change an activity, import a map, or confirm a removal. */
export function MapDialogs(props: {
  editing: Editing;
  year: AcademicYear;
  loaded: LoadedMap;
  setActivities: (change: ActivitiesChange) => void;
  /** Reads the map again and says why (a change refused as stale). */
  showLatest: (message: string) => Promise<void>;
  onEdit: (editing: Editing) => void;
  onImported: (imported: Imported) => void;
  onClose: () => void;
}): ReactNode {
  const { editing, loaded, year } = props;
  const data = useMapData();
  const close = props.onClose;
  return (
    <>
      {editing.kind === 'activity' ? (
        <ActivityDialog
          yearGroups={loaded.map.yearGroups}
          {...(editing.activity ? { editing: editing.activity } : {})}
          sortOrder={nextSortOrder(loaded.activities)}
          year={year}
          onSaved={(saved) => props.setActivities((list) => upsert(list, saved))}
          onTheirs={(theirs) => props.setActivities((list) => takeTheirs(list, editing.activity?.value.id ?? '', theirs))}
          {...(editing.activity ? { onRemove: () => props.onEdit({ kind: 'remove', activity: editing.activity! }) } : {})}
          onClose={close}
        />
      ) : null}
      {editing.kind === 'import' ? (
        <ImportDialog
          year={year}
          yearGroups={loaded.map.yearGroups}
          onClose={close}
          onImported={(done) => {
            close();
            props.onImported(done);
          }}
        />
      ) : null}
      {editing.kind === 'remove' ? (
        <ConfirmRemove
          title="Remove this activity?"
          confirmLabel="Remove activity"
          onClose={close}
          onConfirm={async () => {
            try {
              await data.deleteActivity(editing.activity);
              props.setActivities((list) => without(list, editing.activity.value.id));
            } catch (error) {
              if (!isConflict(error)) throw error;
              await props.showLatest('Someone else changed this activity since the map was loaded, so it was not removed. The latest map is shown.');
            }
          }}
        >
          “{editing.activity.value.title}” will be removed from the provision map for everyone in the team.
        </ConfirmRemove>
      ) : null}
    </>
  );
}
