import { Body1, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { type ReactNode, useDeferredValue, useMemo, useState } from 'react';

import { type AcademicYear, describeAcademicYear } from '../../domain/academic-year';
import { mapFindings } from '../../domain/provision-map/findings';
import { upsert } from '../common/versioned-list';
import { ChangeSincePrevious } from './change-since-previous';
import type { LoadedMap } from './data/port';
import type { Imported } from './import-dialog';
import { type Editing, MapDialogs } from './map-dialogs';
import { MapFindings } from './map-findings';
import { MapGrid } from './map-grid';
import { MapHeading } from './map-heading';
import { MapLegend } from './map-legend';
import { ToConfirmList } from './to-confirm-list';
import { useMapEdits } from './use-map-edits';

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
});

/** One year's map: its activities (the grid, those to confirm), its findings and its change since the year before. */
export function LoadedMapView(props: { canEdit: boolean; year: AcademicYear; loaded: LoadedMap; onImported: (imported: Imported) => void }): ReactNode {
  const styles = useStyles();
  const { canEdit, loaded, year } = props;
  const { activities } = loaded;
  const { setActivities, showLatest, notice } = useMapEdits(year);
  const [editing, setEditing] = useState<Editing>();
  // The findings and the change since last year sit beside or below the grid: they are worked out in a render of
  // their own after the grid has painted (undefined until then), not in the grid's first render.
  const later = useDeferredValue<LoadedMap | undefined>(loaded, undefined);
  const map = useMemo(() => later && { ...later.map, activities: later.activities.map((a) => a.value) }, [later]);
  const findings = useMemo(() => map && mapFindings(map), [map]);

  return (
    <div className={styles.layout}>
      <section className={styles.main} aria-labelledby="map-heading">
        <MapHeading year={year} canEdit={canEdit} onAdd={() => setEditing({ kind: 'activity' })} onImport={() => setEditing({ kind: 'import' })} />
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
