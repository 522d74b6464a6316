import { Body1, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Subtitle1, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowImportRegular, CalendarArrowRightRegular, DismissRegular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';

import { type AcademicYear, describeAcademicYear, nextAcademicYear, previousAcademicYear } from '../../domain/academic-year';
import { mapChange } from '../../domain/years/year-on-year';
import { YearPicker, useAcademicYearParam } from '../common/year-picker';

import { mapFindings } from '../../domain/provision-map/findings';
import type { Activity } from '../../domain/provision-map/types';
import { QueryGate } from '../common/query-gate';
import { ConfirmRemove } from '../common/confirm-dialog';
import { nextSortOrder, takeTheirs, upsert, without } from '../common/versioned-list';
import { ActivityDialog } from './activity-dialog';
import { ImportDialog, type Imported } from './import-dialog';
import type { LoadedMap } from './data/port';
import { mapKey, useMapData, useMapQuery, useMapYears, useUpdateMap } from './data/queries';
import { MapChangePanel } from './map-change';
import { MapFindings } from './map-findings';
import { MapGrid } from './map-grid';
import { MapLegend } from './map-legend';
import { StartYearDialog } from './start-year-dialog';
import { ToConfirmList } from './to-confirm-list';
import { isConflict } from '../../shared/service-error';
import type { Versioned } from '../../shared/versioned';

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
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  aside: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, minWidth: 0 },
  years: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Editing =
  | { readonly kind: 'activity'; readonly activity?: Versioned<Activity> }
  | { readonly kind: 'import' }
  | { readonly kind: 'remove'; readonly activity: Versioned<Activity> };

/**
 * The provision map in Teams, one academic year at a time (this year unless the page says otherwise): the list
 * the Excel pane publishes to, as the Appendix 1 grid with its findings and its change since the year before.
 */
export function MapView(props: { canEdit: boolean }): ReactNode {
  const styles = useStyles();
  const [year, setYear] = useAcademicYearParam();
  const [starting, setStarting] = useState(false);
  const [imported, setImported] = useState<string>();
  const client = useQueryClient();
  const next = nextAcademicYear(year);
  const years = useMapYears().data;
  return (
    <div className={styles.page}>
      <div className={styles.years}>
        <YearPicker year={year} onChange={setYear} years={years} />
        {props.canEdit ? (
          <Button icon={<CalendarArrowRightRegular />} onClick={() => setStarting(true)}>
            Start the next year ({next})
          </Button>
        ) : null}
      </div>
      {imported ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{imported}</MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={() => setImported(undefined)} />} />
        </MessageBar>
      ) : null}
      <QueryGate query={useMapQuery(year)} loading={`Loading the provision map for ${year}…`} failed={`The provision map for ${year} could not be loaded`}>
        {(loaded) => (
          <LoadedMapView
            {...props}
            year={year}
            loaded={loaded}
            onImported={(done) => {
              void client.invalidateQueries({ queryKey: mapKey(done.year) });
              setYear(done.year);
              setImported(done.message);
            }}
          />
        )}
      </QueryGate>
      {starting ? (
        <StartYearDialog
          from={year}
          onClose={() => setStarting(false)}
          onStarted={(started) => {
            setStarting(false);
            // Starting a year writes to the map, the plan and the statutory record, and adds a year that holds data.
            void client.invalidateQueries();
            setYear(started);
          }}
        />
      ) : null}
    </div>
  );
}

/** The change since the year before, once that year's map is read (and only when it had one). */
function ChangeSincePrevious(props: { year: AcademicYear; loaded: LoadedMap }): ReactNode {
  const previous = previousAcademicYear(props.year);
  const before = useMapQuery(previous).data;
  const change = useMemo(() => (before?.map.activities.length ? mapChange(before.map, props.loaded.map) : undefined), [before, props.loaded.map]);
  if (!change) return null;
  return <MapChangePanel change={change} from={previous} yearGroups={props.loaded.map.yearGroups} />;
}

function LoadedMapView(props: { canEdit: boolean; year: AcademicYear; loaded: LoadedMap; onImported: (imported: Imported) => void }): ReactNode {
  const styles = useStyles();
  const { canEdit, loaded, year } = props;
  const data = useMapData();
  const update = useUpdateMap(year);
  const { activities } = loaded;
  const setActivities = (change: (list: readonly Versioned<Activity>[]) => readonly Versioned<Activity>[]): void =>
    update((l) => ({ ...l, activities: change(l.activities) }));
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState<string>();
  const map = useMemo(() => ({ ...loaded.map, activities: activities.map((a) => a.value) }), [loaded.map, activities]);
  const findings = useMemo(() => mapFindings(map), [map]);
  const close = (): void => setEditing(undefined);
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
        <MapFindings findings={findings} />
        <ChangeSincePrevious year={year} loaded={loaded} />
      </div>

      {editing?.kind === 'activity' ? (
        <ActivityDialog
          yearGroups={loaded.map.yearGroups}
          {...(editing.activity ? { editing: editing.activity } : {})}
          save={(activity, basedOn) => (basedOn ? data.updateActivity(activity, basedOn, year) : data.createActivity(activity, nextSortOrder(activities), year))}
          onSaved={(saved) => setActivities((list) => upsert(list, saved))}
          onTheirs={(theirs) => setActivities((list) => takeTheirs(list, editing.activity?.value.id ?? '', theirs))}
          {...(editing.activity ? { onRemove: () => setEditing({ kind: 'remove', activity: editing.activity! }) } : {})}
          onClose={close}
        />
      ) : null}
      {editing?.kind === 'import' ? (
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
              await showLatest('Someone else changed this activity since the map was loaded, so it was not removed. The latest map is shown.');
            }
          }}
        >
          “{editing.activity.value.title}” will be removed from the provision map for everyone in the team.
        </ConfirmRemove>
      ) : null}
    </div>
  );
}
