import { Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowImportRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

import type { AcademicYear } from '../../domain/academic-year';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The map's heading (`map-heading`, which labels its section) and, for editors, adding an activity and importing a map. */
export function MapHeading(props: { year: AcademicYear; canEdit: boolean; onAdd: () => void; onImport: () => void }): ReactNode {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Subtitle1 as="h2" id="map-heading">
        Provision map {props.year}
      </Subtitle1>
      {props.canEdit ? (
        <div className={styles.actions}>
          <Button appearance="primary" icon={<AddRegular />} onClick={props.onAdd}>
            Add an activity
          </Button>
          <Button icon={<ArrowImportRegular />} onClick={props.onImport}>
            Import your map
          </Button>
        </div>
      ) : null}
    </div>
  );
}
