import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Subtitle1, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowImportRegular } from '@fluentui/react-icons';
import { type ReactNode, useDeferredValue, useMemo, useState } from 'react';

import { type AcademicYear, describeAcademicYear, previousAcademicYear } from '../../domain/academic-year';
import { mapFindings } from '../../domain/provision-map/findings';
import type { Activity, ProvisionMap } from '../../domain/provision-map/types';
import { mapChange } from '../../domain/years/year-on-year';
import type { Versioned } from '../../shared/versioned';
import { upsert } from '../common/versioned-list';
import type { LoadedMap } from './data/port';
import { useMapData, useMapQuery, useUpdateMap } from './data/queries';
import type { Imported } from './import-dialog';
import { type Editing, MapDialogs } from './map-dialogs';
import { MapChangePanel } from './map-change';
import { MapFindings } from './map-findings';
import { MapGrid } from './map-grid';
import { MapLegend } from './map-legend';
import { ToConfirmList } from './to-confirm-list';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    // The side column is wide enough for the change table's three stages.
    gridTemplateColumns: 'minmax(0, 3fr) minmax(28em, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    // The grid needs the width of seven year groups: findings go beside it only when that is left (at 1600 px
    // beside them, Year 13 was cut off behind a sideways scroll).
    '@media (max-width: 1850px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  aside: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, minWidth: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});
/** The change since the year before, once that year's map is read (and only when it had one). */
function ChangeSincePrevious(props: { year: AcademicYear; map: ProvisionMap }): ReactNode {
  const previous = previousAcademicYear(props.year);
  const before = useMapQuery(previous).data;
  const change = useMemo(() => (before?.map.activities.length ? mapChange(before.map, props.map) : undefined), [before, props.map]);
  if (!change) return null;
  return <MapChangePanel change={change} from={previous} yearGroups={props.map.yearGroups} />;
}

/** One year's map: its activities (the grid, those to confirm), its findings and its change since the year before. */
export function LoadedMapView(props: { canEdit: boolean; year: AcademicYear; loaded: LoadedMap; onImported: (imported: Imported) => void }): ReactNode {
  const styles = useStyles();
  const { canEdit, loaded, year } = props;
  const data = useMapData();
  const update = useUpdateMap(year);
  const { activities } = loaded;
  const setActivities = (change: (list: readonly Versioned<Activity>[]) => readonly Versioned<Activity>[]): void =>
    update((l) => ({ ...l, activities: change(l.activities) }));
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState<string>();
  // The findings and the change since last year sit beside or below the grid: they are worked out in a render of
  // their own after the grid has painted (undefined until then), not in the grid's first render.
  const later = useDeferredValue<LoadedMap | undefined>(loaded, undefined);
  const map = useMemo(() => later && { ...later.map, activities: later.activities.map((a) => a.value) }, [later]);
  const findings = useMemo(() => map && mapFindings(map), [map]);
  // A change quoting an old version is refused: show the latest map rather than guess.
  const showLatest = async (message: string): Promise<void> => {
    const fresh = await data.load(year);
    if (fresh) setActivities(() => fresh.activities);
    setNotice(message);
  };

  return (
    <div className={styles.layout}>
      <section className={styles.main} aria-labelledby="map-heading">
        <div className={styles.bar}>
          <Subtitle1 as="h2" id="map-heading">
            Provision map {year}
          </Subtitle1>
          {canEdit ? (
            <div className={styles.actions}>
              <Button appearance="primary" icon={<AddRegular />} onClick={() => setEditing({ kind: 'activity' })}>
                Add an activity
              </Button>
              <Button icon={<ArrowImportRegular />} onClick={() => setEditing({ kind: 'import' })}>
                Import your map
              </Button>
            </div>
          ) : null}
        </div>
        <Body1 as="p">
          {activities.length} activities for {describeAcademicYear(year)}, read from the list the Excel task pane publishes to.
          {canEdit ? ' Choose an activity to change, confirm or remove it.' : ''}
        </Body1>
        {notice ? (
          <MessageBar intent="info">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        ) : null}
        <ToConfirmList
          year={year}
          activities={activities}
          canEdit={canEdit}
          onConfirmed={(saved) => setActivities((list) => saved.reduce((l, s) => upsert(l, s), list))}
          onStale={() => showLatest('Someone else changed an activity since the map was loaded, so it was not confirmed. The latest map is shown.')}
        />
        <MapLegend />
        <MapGrid
          yearGroups={loaded.map.yearGroups}
          activities={activities}
          canEdit={canEdit}
          onOpen={(activity) => setEditing({ kind: 'activity', activity })}
        />
      </section>
      <div className={styles.aside}>
        {findings ? <MapFindings findings={findings} /> : null}
        {map ? <ChangeSincePrevious year={year} map={map} /> : null}
      </div>

      {editing ? (
        <MapDialogs
          editing={editing}
          year={year}
          loaded={loaded}
          setActivities={setActivities}
          showLatest={showLatest}
          onEdit={setEditing}
          onImported={props.onImported}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </div>
  );
}
