import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { CalendarArrowRightRegular, DismissRegular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';

import { nextAcademicYear } from '../../domain/academic-year';
import { QueryGate } from '../common/query-gate';
import { YearPicker, useAcademicYearParam } from '../common/year-picker';
import { mapKey, useMapQuery, useMapYears } from './data/queries';
import { LoadedMapView } from './loaded-map-view';
import { StartYearDialog } from './start-year-dialog';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  years: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
});

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
