import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

import { ErrorBar } from '../../common/error-bar';
import { dateTime } from '../parts/names';
import { BestFitFields } from './best-fit-fields';
import { ConflictChoice } from '../../common/conflict-choice';
import { versionOf } from '../../../shared/versioned';
import { useReviewData } from '../data/review-port';
import { type BestFitFormProps, useBestFitForm } from './use-best-fit-form';
import { agreedNames, BestFitDetails, describedBestFit } from './version-card';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * The agreed best fit for one row, as the meeting records it. The form remembers the version it started from
 * and saves against that eTag, so a save never lands on someone else's newer version: that becomes a conflict
 * to resolve (theirs, mine or both), and the resolution saves against the fresh eTag. While the form is
 * untouched it follows other people's saves live.
 */
export function BestFitForm(props: BestFitFormProps): ReactNode {
  const styles = useStyles();
  const headingId = useId();
  const { stored, participants } = props;
  const data = useReviewData();
  const form = useBestFitForm(props, (fit, basedOn) => data.saveBestFit(fit, versionOf(basedOn)));
  const { evidenceRef, draft, dirty, errors, busy, failure, conflict, notice, edit, agree } = form;

  return (
    <section className={styles.form} aria-labelledby={headingId} data-best-fit="">
      <Subtitle2 block as="h4" id={headingId}>
        Agreed best fit
      </Subtitle2>
      {!props.canEdit ? (
        stored ? (
          <BestFitDetails fit={stored.value} participants={participants} />
        ) : (
          <Body1 block as="p">
            Not agreed.
          </Body1>
        )
      ) : null}
      {props.canEdit && stored && !dirty ? (
        <Body1 block as="p">
          Agreed by {agreedNames(stored.value.agreedBy, participants)}, {dateTime(stored.value.agreedAt)}.
        </Body1>
      ) : null}
      {!props.canEdit ? null : conflict ? (
        <ConflictChoice
          what="this best fit"
          heading={{ text: 'Two versions of this best fit', level: 'h4' }}
          message={{
            title: 'Someone else saved this row while you were editing it.',
            body: 'Nothing has been lost. Keep their version, keep yours, or combine the two and check the result before saving.',
          }}
          words={{ deleted: "Deleted: someone removed this row's best fit." }}
          theirs={conflict.theirs ? describedBestFit(conflict.theirs.value, participants) : null}
          mine={describedBestFit(conflict.mine, participants)}
          busy={busy}
          onKeepTheirs={form.keepTheirs}
          onKeepMine={form.keepMine}
          onCombine={form.combine}
        />
      ) : (
        <BestFitFields
          draft={draft}
          errors={errors}
          participants={participants}
          busy={busy}
          evidenceRef={evidenceRef}
          onEdit={edit}
          onAgree={agree}
          stale={form.stale}
        />
      )}
      <div role="status">{notice ? <Body1>{notice}</Body1> : null}</div>
      {failure ? <ErrorBar error={failure} onDismiss={form.dismissFailure} /> : null}
    </section>
  );
}
