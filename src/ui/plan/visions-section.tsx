import { Button, makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { type ReactNode, useState } from 'react';

import { ErrorBar } from '../common/error-bar';
import { ConflictChoice } from '../common/conflict-choice';
import { useGuardedSave } from '../common/use-guarded-save';
import type { PlanVisions } from './data/port';
import { describeVisions } from './describe';
import { VisionsForm } from './visions-form';
import { usePlanData } from './data/queries';
import type { Versioned } from '../../shared/versioned';
import { CappedText } from '../common/capped-text';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  vision: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

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
          theirs={guarded.conflict.theirs ? describeVisions(guarded.conflict.theirs.value) : null}
          mine={describeVisions(guarded.conflict.mine)}
          busy={guarded.busy}
          onKeepTheirs={guarded.keepTheirs}
          onKeepMine={() => void guarded.keepMine()}
        />
      ) : draft ? (
        <VisionsForm
          draft={draft}
          busy={guarded.busy}
          onChange={setDraft}
          onSave={() => void guarded.run(draft, props.visions)}
          onCancel={() => setDraft(undefined)}
        />
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
