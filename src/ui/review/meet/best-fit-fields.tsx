import { Button, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import type { ReactNode, RefObject } from 'react';

import type { ColumnNumber } from '../../../domain/catalogue/types';
import type { Participant } from '../../../domain/review/types';
import { MULTI_LINE_MAX } from '../../../domain/validation/limits';
import { CheckboxGroup } from '../../common/checkbox-group';
import { COLUMNS, columnName } from '../parts/names';
import type { BestFitDraft, DraftField } from './best-fit-draft';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/**
 * The best fit's fields and "Agree best fit". A save someone else made meanwhile is said below the button, so
 * nothing moves under the pointer of a person about to agree.
 */
export function BestFitFields(props: {
  draft: BestFitDraft;
  errors: Partial<Record<DraftField, string>>;
  participants: readonly Participant[];
  busy: boolean;
  evidenceRef: RefObject<HTMLTextAreaElement | null>;
  onEdit: (change: Partial<BestFitDraft>) => void;
  onAgree: () => void;
  /** Someone else saved this row since the form started. */
  stale: boolean;
}): ReactNode {
  const styles = useStyles();
  const { draft, errors, participants, busy } = props;
  const edit = props.onEdit;
  return (
    <>
          <Field label="Best fit" validationMessage={errors.column} required>
        <RadioGroup
          value={draft.column === undefined ? '' : String(draft.column)}
          onChange={(_, data) => edit({ column: Number(data.value) as ColumnNumber })}
        >
          {COLUMNS.map((c) => (
            <Radio key={c} value={String(c)} label={columnName(c)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Evidence" hint="What is typically and consistently in place." validationMessage={errors.evidence}>
        <Textarea
          ref={props.evidenceRef}
          value={draft.evidence}
          maxLength={MULTI_LINE_MAX}
          resize="vertical"
          rows={4}
          onChange={(_, data) => edit({ evidence: data.value })}
        />
      </Field>
      <Field label="Evidence links" hint="One web address per line." validationMessage={errors.links}>
        <Textarea
          value={draft.links}
          resize="vertical"
          onChange={(_, data) => edit({ links: data.value })}
        />
      </Field>
      <Field label="Next steps" validationMessage={errors.nextSteps}>
        <Textarea
          value={draft.nextSteps}
          maxLength={MULTI_LINE_MAX}
          resize="vertical"
          rows={3}
          onChange={(_, data) => edit({ nextSteps: data.value })}
        />
      </Field>
      <CheckboxGroup
        label="Agreed by"
        error={errors.agreedBy}
        options={participants.map((p) => ({ value: p.id, label: p.displayName }))}
        value={draft.agreedBy}
        onChange={(agreedBy) => edit({ agreedBy })}
      />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onAgree} disabled={busy}>
          {busy ? 'Saving…' : 'Agree best fit'}
        </Button>
      </div>
      {props.stale ? (
        <MessageBar intent="warning">
          <MessageBarBody>Someone else has just saved this row. When you save, you can compare the two versions.</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
