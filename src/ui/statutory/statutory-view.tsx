import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { type ReactNode, useState } from 'react';

import { dutyDetails, dutyLinks } from '../../domain/report';
import { statutoryChecklist } from '../../domain/statutory/checklist';
import type { StatutoryRecord } from '../../domain/statutory/types';
import { ErrorBar } from '../common/error-bar';
import { EmptyState, Loading } from '../common/states';
import { useAsync } from '../common/use-async';
import { DutyChecklist } from './duty-checklist';
import type { LoadedStatutory, StatutoryData } from './statutory-data';
import { emptyStatutoryRecord } from './statutory-draft';
import { StatutoryForm } from './statutory-form';
import type { Versioned } from '../../shared/versioned';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The statutory duties record: each duty met, partly met or not met with what is missing; editors change it. */
export function StatutoryView(props: { data: StatutoryData; canEdit: boolean; today: string }): ReactNode {
  const loaded = useAsync(() => props.data.load(), [props.data]);
  if (loaded.status === 'loading') return <Loading label="Loading the statutory duties record…" />;
  if (loaded.status === 'failed') return <ErrorBar error={loaded.error} title="The record could not be loaded" onRetry={loaded.reload} />;
  if (!loaded.value) {
    return <EmptyState title="No institution yet">This team&apos;s site has no school or college set up in Waypoint yet.</EmptyState>;
  }
  return <LoadedStatutoryView {...props} loaded={loaded.value} />;
}

function LoadedStatutoryView(props: { data: StatutoryData; canEdit: boolean; today: string; loaded: LoadedStatutory }): ReactNode {
  const styles = useStyles();
  const { institution, map } = props.loaded;
  const [stored, setStored] = useState<Versioned<StatutoryRecord> | null>(props.loaded.record);
  const [editing, setEditing] = useState(false);
  const record = stored?.value ?? emptyStatutoryRecord(institution.id);
  const checks = statutoryChecklist(record, map, props.today);
  return (
    <section className={styles.view} aria-labelledby="statutory-heading">
      <Subtitle1 as="h2" id="statutory-heading">
        Statutory duties record
      </Subtitle1>
      <Body1 as="p">
        The governing body should ensure the school meets these duties (Careers education: a guide for secondary and special school
        governors). The provider access legislation&apos;s encounters are counted from the provision map.
      </Body1>
      {editing ? (
        <StatutoryForm
          record={record}
          version={stored}
          save={props.data.save}
          onSaved={(saved) => {
            setStored(saved);
            setEditing(false);
          }}
          onTheirs={(theirs) => {
            setStored(theirs);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <DutyChecklist checks={checks} details={dutyDetails(record)} links={dutyLinks(record)} caption="Statutory duties" showRequirement />
          {props.canEdit ? (
            <div>
              <Button icon={<EditRegular />} onClick={() => setEditing(true)}>
                Change the record
              </Button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
