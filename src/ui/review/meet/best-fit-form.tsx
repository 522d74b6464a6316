import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

import type { ColumnNumber } from '../../../domain/catalogue/types';
import type { AgreedBestFit, Participant } from '../../../domain/review/types';
import { MULTI_LINE_MAX } from '../../../domain/validation/limits';
import { ErrorBar } from '../../common/error-bar';
import { COLUMNS, columnName, dateTime } from '../parts/names';
import { CheckboxGroup } from '../../common/checkbox-group';
import { bestFitFromDraft, type BestFitDraft, combineDrafts, type DraftField, draftOf, emptyDraft } from './best-fit-draft';
import { ConflictChoice } from '../../common/conflict-choice';
import { agreedNames, BestFitDetails, describedBestFit } from './version-card';
import { isConflictError } from '../../../shared/service-error';
import type { Versioned } from '../../../shared/versioned';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

interface Conflict {
  readonly mine: AgreedBestFit;
  readonly theirs: Versioned<AgreedBestFit> | null;
}

/**
 * The agreed best fit for one row, as the meeting records it. The form remembers the version it started from
 * and saves against that eTag, so a save never lands on someone else's newer version: that becomes a conflict
 * to resolve (theirs, mine or both), and the resolution saves against the fresh eTag. While the form is
 * untouched it follows other people's saves live.
 */
export function BestFitForm(props: {
  reviewId: string;
  rowId: string;
  participants: readonly Participant[];
  stored: Versioned<AgreedBestFit> | undefined;
  canEdit: boolean;
  save: (fit: AgreedBestFit, basedOn: Versioned<AgreedBestFit> | null) => Promise<Versioned<AgreedBestFit>>;
  /** Told whether the form holds changes not yet saved, so moving away can ask first. */
  onDirtyChange?: (dirty: boolean) => void;
}): ReactNode {
  const styles = useStyles();
  const headingId = useId();
  const evidenceRef = useRef<HTMLTextAreaElement>(null);
  const { stored, participants } = props;
  const [base, setBase] = useState<Versioned<AgreedBestFit> | null>(stored ?? null);
  const [draft, setDraft] = useState<BestFitDraft>(() => (stored ? draftOf(stored.value) : emptyDraft(participants)));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [conflict, setConflict] = useState<Conflict | undefined>();
  const [notice, setNotice] = useState<string | undefined>();

  const { onDirtyChange } = props;
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  // Untouched, the form shows whatever was saved last, by anyone.
  useEffect(() => {
    if (dirty || conflict || !stored || stored.eTag === base?.eTag) return;
    setBase(stored);
    setDraft(draftOf(stored.value));
  }, [stored, dirty, conflict, base]);

  const edit = (change: Partial<BestFitDraft>): void => {
    setDraft((d) => ({ ...d, ...change }));
    setDirty(true);
    setNotice(undefined);
  };

  const submit = async (fit: AgreedBestFit, basedOn: Versioned<AgreedBestFit> | null, done: string): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = await props.save(fit, basedOn);
      setBase(saved);
      setDraft(draftOf(saved.value));
      setDirty(false);
      setConflict(undefined);
      setNotice(done);
    } catch (error) {
      if (isConflictError(error)) setConflict({ mine: fit, theirs: error.theirs as Versioned<AgreedBestFit> | null });
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const agree = (): void => {
    const result = bestFitFromDraft(draft, { reviewId: props.reviewId, rowId: props.rowId, now: new Date() });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    // Someone saved this row since the form started from `base`: that is a conflict whatever the service
    // would say (and a row first agreed by two people at once has no eTag to guard it).
    if (stored && stored.eTag !== base?.eTag) {
      setConflict({ mine: result.value, theirs: stored });
      return;
    }
    void submit(result.value, base, 'Best fit saved.');
  };

  const keepTheirs = (): void => {
    if (!conflict) return;
    setBase(conflict.theirs);
    setDraft(conflict.theirs ? draftOf(conflict.theirs.value) : emptyDraft(participants));
    setDirty(false);
    setConflict(undefined);
    setNotice('Their version kept.');
  };
  const keepMine = (): void => {
    if (conflict) void submit(conflict.mine, conflict.theirs, 'Your version saved.');
  };
  const combine = (): void => {
    if (!conflict) return;
    setBase(conflict.theirs);
    setDraft(combineDrafts(conflict.theirs?.value ?? null, conflict.mine));
    setDirty(true);
    setConflict(undefined);
    setNotice('Both versions combined below. Check them, then choose Agree best fit to save.');
    setTimeout(() => evidenceRef.current?.focus(), 0);
  };

  const staleWhileEditing = dirty && stored !== undefined && stored.eTag !== base?.eTag;

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
      {staleWhileEditing && !conflict ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            Someone else has just saved this row. When you save, you can compare the two versions.
          </MessageBarBody>
        </MessageBar>
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
          onKeepTheirs={keepTheirs}
          onKeepMine={keepMine}
          onCombine={combine}
        />
      ) : (
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
              ref={evidenceRef}
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
            <Button appearance="primary" onClick={agree} disabled={busy}>
              {busy ? 'Saving…' : 'Agree best fit'}
            </Button>
          </div>
        </>
      )}
      <div role="status">{notice ? <Body1>{notice}</Body1> : null}</div>
      {failure ? <ErrorBar error={failure} onDismiss={() => setFailure(undefined)} /> : null}
    </section>
  );
}
