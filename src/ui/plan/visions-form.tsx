import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { MULTI_LINE_MAX } from '../../domain/validation/limits';
import type { PlanVisions } from './data/port';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** The two visions being changed in place, with save and cancel. */
export function VisionsForm(props: {
  draft: PlanVisions;
  busy: boolean;
  onChange: (draft: PlanVisions) => void;
  onSave: () => void;
  onCancel: () => void;
}): ReactNode {
  const styles = useStyles();
  const { draft } = props;
  return (
    <>
      <Field label="Institution vision">
        <Textarea
          value={draft.institutionVision}
          maxLength={MULTI_LINE_MAX}
          resize="vertical"
          onChange={(_, d) => props.onChange({ ...draft, institutionVision: d.value })}
        />
      </Field>
      <Field label="Careers vision" hint="e.g. Careers provision will support our learners to make informed and aspirational decisions.">
        <Textarea
          value={draft.careersVision}
          maxLength={MULTI_LINE_MAX}
          resize="vertical"
          rows={4}
          onChange={(_, d) => props.onChange({ ...draft, careersVision: d.value })}
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={props.busy} onClick={props.onSave}>
          {props.busy ? 'Saving…' : 'Save visions'}
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </>
  );
}
