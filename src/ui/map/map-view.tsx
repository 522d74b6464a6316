import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Subtitle1, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { type ReactNode, useMemo, useState } from 'react';

import { mapFindings } from '../../domain/provision-map/findings';
import type { Activity } from '../../domain/provision-map/types';
import { QueryGate } from '../common/query-gate';
import { ConfirmRemove } from '../common/confirm-dialog';
import { nextSortOrder, takeTheirs, upsert, without } from '../common/versioned-list';
import { ActivityDialog } from './activity-dialog';
import type { LoadedMap } from './data/port';
import { useMapData, useMapQuery, useUpdateMap } from './data/queries';
import { MapFindings } from './map-findings';
import { MapGrid } from './map-grid';
import { MapLegend } from './map-legend';
import { isConflict } from '../../shared/service-error';
import type { Versioned } from '../../shared/versioned';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(16em, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    // The grid needs the width: findings go beside it only on wide screens.
    '@media (max-width: 1500px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
});

type Editing =
  | { readonly kind: 'activity'; readonly activity?: Versioned<Activity> }
  | { readonly kind: 'remove'; readonly activity: Versioned<Activity> };

/** The provision map in Teams: the list the Excel pane publishes to, as the Appendix 1 grid with its findings. */
export function MapView(props: { canEdit: boolean }): ReactNode {
  return (
    <QueryGate query={useMapQuery()} loading="Loading the provision map…" failed="The provision map could not be loaded">
      {(loaded) => <LoadedMapView {...props} loaded={loaded} />}
    </QueryGate>
  );
}

function LoadedMapView(props: { canEdit: boolean; loaded: LoadedMap }): ReactNode {
  const styles = useStyles();
  const { canEdit, loaded } = props;
  const data = useMapData();
  const update = useUpdateMap();
  const { activities } = loaded;
  const setActivities = (change: (list: readonly Versioned<Activity>[]) => readonly Versioned<Activity>[]): void =>
    update((l) => ({ ...l, activities: change(l.activities) }));
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState<string>();
  const map = useMemo(() => ({ ...loaded.map, activities: activities.map((a) => a.value) }), [loaded.map, activities]);
  const findings = useMemo(() => mapFindings(map), [map]);
  const close = (): void => setEditing(undefined);

  return (
    <div className={styles.layout}>
      <section className={styles.main} aria-labelledby="map-heading">
        <div className={styles.bar}>
          <Subtitle1 as="h2" id="map-heading">
            Provision map
          </Subtitle1>
          {canEdit ? (
            <Button appearance="primary" icon={<AddRegular />} onClick={() => setEditing({ kind: 'activity' })}>
              Add an activity
            </Button>
          ) : null}
        </div>
        <Body1 as="p">
          {activities.length} activities, read from the list the Excel task pane publishes to.{canEdit ? ' Choose an activity to change or remove it.' : ''}
        </Body1>
        {notice ? (
          <MessageBar intent="info">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        ) : null}
        <MapLegend />
        <MapGrid
          yearGroups={loaded.map.yearGroups}
          activities={activities}
          canEdit={canEdit}
          onOpen={(activity) => setEditing({ kind: 'activity', activity })}
        />
      </section>
      <MapFindings findings={findings} />

      {editing?.kind === 'activity' ? (
        <ActivityDialog
          yearGroups={loaded.map.yearGroups}
          {...(editing.activity ? { editing: editing.activity } : {})}
          save={(activity, basedOn) => (basedOn ? data.updateActivity(activity, basedOn) : data.createActivity(activity, nextSortOrder(activities)))}
          onSaved={(saved) => setActivities((list) => upsert(list, saved))}
          onTheirs={(theirs) => setActivities((list) => takeTheirs(list, editing.activity?.value.id ?? '', theirs))}
          {...(editing.activity ? { onRemove: () => setEditing({ kind: 'remove', activity: editing.activity! }) } : {})}
          onClose={close}
        />
      ) : null}
      {editing?.kind === 'remove' ? (
        <ConfirmRemove
          title="Remove this activity?"
          confirmLabel="Remove activity"
          onClose={close}
          onConfirm={async () => {
            try {
              await data.deleteActivity(editing.activity);
              setActivities((list) => without(list, editing.activity.value.id));
            } catch (error) {
              if (!isConflict(error)) throw error;
              // Quoting an old version is refused: show the latest map rather than guess.
              const fresh = await data.load();
              if (fresh) setActivities(() => fresh.activities);
              setNotice('Someone else changed this activity since the map was loaded, so it was not removed. The latest map is shown.');
            }
          }}
        >
          “{editing.activity.value.title}” will be removed from the provision map for everyone in the team.
        </ConfirmRemove>
      ) : null}
    </div>
  );
}
