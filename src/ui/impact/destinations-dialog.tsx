import { Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import {
  cohortChoices,
  type DestinationsRecord,
  destinationsSources,
  type ImpactValidationContext,
  sourceNames,
  validateDestinations,
} from '../../domain/impact';
import type { ItemVersion, Versioned } from '../../shared/versioned';
import { newId } from '../common/ids';
import { CountsFields } from './counts-fields';
import { capital, describeDestinations } from './describe';
import { DestinationsGroups } from './destinations-groups';
import { type DestinationsDraft, destinationsDraft, destinationsInput } from './drafts';
import { useFormStyles } from './form-styles';
import { RecordDialog } from './record-dialog';

const SHOWN = ['cohort', 'source', 'all', 'groups', 'note'];

/** Add or change the destinations of one leaver cohort: counts by destination, optionally by group. */
export function DestinationsDialog(props: {
  year: string;
  context: ImpactValidationContext;
  existing?: Versioned<DestinationsRecord>;
  save: (record: DestinationsRecord, basedOn: ItemVersion | null) => Promise<Versioned<DestinationsRecord>>;
  onStored: (stored: Versioned<DestinationsRecord> | null) => void;
  onClose: () => void;
}): ReactNode {
  const styles = useFormStyles();
  const id = props.existing?.value.id ?? newId('dest');
  return (
    <RecordDialog<DestinationsRecord, DestinationsDraft>
      title={props.existing ? 'Change destinations' : 'Add destinations'}
      noun="destinations"
      initial={destinationsDraft(props.existing?.value)}
      version={props.existing ?? null}
      validate={(d) => validateDestinations(destinationsInput(d, id, props.existing?.value.academicYear ?? props.year), props.context)}
      shown={SHOWN}
      describe={describeDestinations}
      save={props.save}
      onStored={props.onStored}
      onClose={props.onClose}
    >
      {({ draft, edit, errors }) => (
        <>
          <div className={styles.grid}>
            <Field label="Leavers" required validationMessage={errors['cohort.kind']}>
              <Select value={draft.cohortKind} onChange={(_, d) => edit({ cohortKind: d.value as DestinationsDraft['cohortKind'] })}>
                {cohortChoices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {capital(c.name)}
                  </option>
                ))}
              </Select>
            </Field>
            {draft.cohortKind === 'programme' ? (
              <Field label="Programme" required validationMessage={errors['cohort.name']}>
                <Input value={draft.programme} onChange={(_, d) => edit({ programme: d.value })} />
              </Field>
            ) : null}
            <Field label="Source" required validationMessage={errors.source}>
              <Select value={draft.source} onChange={(_, d) => edit({ source: d.value as DestinationsDraft['source'] })}>
                <option value="">Choose</option>
                {destinationsSources.map((s) => (
                  <option key={s} value={s}>
                    {capital(sourceNames[s])}
                  </option>
                ))}
              </Select>
            </Field>
            <Checkbox
              label="Sustained destinations (not the first destination recorded)"
              checked={draft.sustained}
              onChange={(_, d) => edit({ sustained: d.checked === true })}
            />
          </div>
          <CountsFields legend="All leavers" path="all." cohort={draft.cohort} counts={draft.counts} errors={errors} onChange={(c) => edit(c)} />
          <DestinationsGroups groups={draft.groups} errors={errors} onChange={(groups) => edit({ groups })} />
          <Field label="Note" validationMessage={errors.note}>
            <Textarea value={draft.note} resize="vertical" onChange={(_, d) => edit({ note: d.value })} />
          </Field>
        </>
      )}
    </RecordDialog>
  );
}
