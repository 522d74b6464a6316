import { Button } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import type { StatutoryRecord } from '../../domain/statutory/types';
import { validateStatutoryRecord } from '../../domain/validation/statutory';
import { ErrorBar, UserFacingError } from '../common/error-bar';
import { ConflictChoice } from '../common/conflict-choice';
import { otherErrors } from '../common/field-errors';
import { useGuardedSave } from '../common/use-guarded-save';
import { describeRecord } from './describe';
import { useFormStyles } from './form/form-styles';
import { InformationFields } from './form/information-fields';
import { PeopleFields } from './form/people-fields';
import { PolicyFields } from './form/policy-fields';
import { type StatutoryDraft, statutoryDraft, statutoryInput } from './statutory-draft';
import type { ItemVersion, Versioned } from '../../shared/versioned';

const SHOWN = ['careersLeader', 'seniorLeader', 'explicitBacking', 'linkGovernor', 'providerAccessPolicy', 'publishedInformation', 'impartialGuidance', 'destinationsCollected'];

/** Change the statutory duties record, checked by the domain's validator and saved against its eTag. */
export function StatutoryForm(props: {
  record: StatutoryRecord;
  version: ItemVersion | null;
  save: (record: StatutoryRecord, basedOn: ItemVersion | null) => Promise<Versioned<StatutoryRecord>>;
  onSaved: (saved: Versioned<StatutoryRecord>) => void;
  onTheirs: (theirs: Versioned<StatutoryRecord> | null) => void;
  onCancel: () => void;
}): ReactNode {
  const styles = useFormStyles();
  const [draft, setDraft] = useState<StatutoryDraft>(() => statutoryDraft(props.record));
  const guarded = useGuardedSave(props.save, props.onSaved, props.onTheirs);
  const errors = guarded.fieldErrors;
  const edit = (change: Partial<StatutoryDraft>): void => setDraft((d) => ({ ...d, ...change }));

  const submit = (): void => void guarded.submit(validateStatutoryRecord(statutoryInput(draft, props.record.institutionId)), props.version);

  if (guarded.conflict) {
    return (
      <ConflictChoice
        what="the statutory duties record"
        theirs={guarded.conflict.theirs ? describeRecord(guarded.conflict.theirs.value) : null}
        mine={describeRecord(guarded.conflict.mine)}
        busy={guarded.busy}
        onKeepTheirs={guarded.keepTheirs}
        onKeepMine={() => void guarded.keepMine()}
      />
    );
  }
  const leftOver = otherErrors(errors, SHOWN);
  return (
    <div className={styles.form}>
      <PeopleFields draft={draft} edit={edit} errors={errors} />
      <PolicyFields draft={draft} edit={edit} errors={errors} />
      <InformationFields draft={draft} edit={edit} errors={errors} />
      {leftOver.length ? <ErrorBar error={new UserFacingError(leftOver.join(' '))} /> : null}
      {guarded.error ? <ErrorBar error={guarded.error} title="Not saved" onDismiss={guarded.dismissError} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={submit} disabled={guarded.busy}>
          {guarded.busy ? 'Saving…' : 'Save the record'}
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </div>
  );
}
