import { Button, Field, makeStyles, Subtitle1, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { type ReactNode, useState } from 'react';

import { MULTI_LINE_MAX } from '../../domain/validation/limits';
import { ErrorBar } from '../common/error-bar';
import { ConflictChoice, type Described } from '../common/conflict-choice';
import { useGuardedSave } from '../common/use-guarded-save';
import type { PlanVisions } from './data/port';
import { usePlanData } from './data/queries';
import type { Versioned } from '../../shared/versioned';
import { CappedText } from '../common/capped-text';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  vision: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const describe = (v: PlanVisions): Described => [
  ['Institution vision', v.institutionVision],
  ['Careers vision', v.careersVision],
];

/** The institution vision and careers vision the plan serves; editors change them in place. */
export function VisionsSection(props: {
  visions: Versioned<PlanVisions>;
  canEdit: boolean;
  onChange: (visions: Versioned<PlanVisions>) => void;
}): ReactNode {
  const styles = useStyles();
  const data = usePlanData();
  const [draft, setDraft] = useState<PlanVisions | undefined>();
  const guarded = useGuardedSave<PlanVisions>(
    (v, basedOn) => data.saveVisions(v, basedOn ?? props.visions),
    (saved) => {
      props.onChange(saved);
      setDraft(undefined);
    },
    (theirs) => {
      if (theirs) props.onChange(theirs);
      setDraft(undefined);
    },
  );
  const { value } = props.visions;
  return (
    <section className={styles.section} aria-labelledby="plan-visions">
      <Subtitle1 as="h2" id="plan-visions">
        Visions
      </Subtitle1>
      {guarded.conflict ? (
        <ConflictChoice
          what="the visions"
          theirs={guarded.conflict.theirs ? describe(guarded.conflict.theirs.value) : null}
          mine={describe(guarded.conflict.mine)}
          busy={guarded.busy}
          onKeepTheirs={guarded.keepTheirs}
          onKeepMine={() => void guarded.keepMine()}
        />
      ) : draft ? (
        <>
          <Field label="Institution vision">
            <Textarea
              value={draft.institutionVision}
              maxLength={MULTI_LINE_MAX}
              resize="vertical"
              onChange={(_, d) => setDraft({ ...draft, institutionVision: d.value })}
            />
          </Field>
          <Field label="Careers vision" hint="e.g. Careers provision will support our learners to make informed and aspirational decisions.">
            <Textarea
              value={draft.careersVision}
              maxLength={MULTI_LINE_MAX}
              resize="vertical"
              rows={4}
              onChange={(_, d) => setDraft({ ...draft, careersVision: d.value })}
            />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={guarded.busy} onClick={() => void guarded.run(draft, props.visions)}>
              {guarded.busy ? 'Saving…' : 'Save visions'}
            </Button>
            <Button onClick={() => setDraft(undefined)}>Cancel</Button>
          </div>
        </>
      ) : (
        <>
          <Subtitle2 as="h3">Institution vision</Subtitle2>
          <p className={styles.vision}>{value.institutionVision ? <CappedText text={value.institutionVision} /> : 'Not written yet.'}</p>
          <Subtitle2 as="h3">Careers vision</Subtitle2>
          <p className={styles.vision}>{value.careersVision ? <CappedText text={value.careersVision} /> : 'Not written yet.'}</p>
          {props.canEdit ? (
            <div>
              <Button icon={<EditRegular />} onClick={() => setDraft(value)}>
                Change visions
              </Button>
            </div>
          ) : null}
        </>
      )}
      {guarded.error ? <ErrorBar error={guarded.error} title="Visions not saved" onDismiss={guarded.dismissError} /> : null}
    </section>
  );
}
