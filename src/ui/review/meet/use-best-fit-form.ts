import { useEffect, useRef, useState } from 'react';

import type { AgreedBestFit, Participant } from '../../../domain/review/types';
import { isConflictError } from '../../../shared/service-error';
import type { Versioned } from '../../../shared/versioned';
import { useAction } from '../../common/use-action';
import { useHoldBestFit } from '../data/queries';
import { bestFitFromDraft, type BestFitDraft, combineDrafts, type DraftField, draftOf, emptyDraft } from './best-fit-draft';

export interface BestFitFormProps {
  reviewId: string;
  rowId: string;
  participants: readonly Participant[];
  stored: Versioned<AgreedBestFit> | undefined;
  canEdit: boolean;
  /** Told when a best fit was saved from this form (the meeting then moves on). */
  onSaved?: (fit: AgreedBestFit) => void;
  /** Told whether the form holds changes not yet saved, so moving away can ask first. */
  onDirtyChange?: (dirty: boolean) => void;
}

interface Conflict {
  readonly mine: AgreedBestFit;
  readonly theirs: Versioned<AgreedBestFit> | null;
}

/** Saves a best fit against the version it was based on (null to create); rejects with a ConflictError if someone saved first. */
type SaveBestFit = (fit: AgreedBestFit, basedOn: Versioned<AgreedBestFit> | null) => Promise<Versioned<AgreedBestFit>>;

/**
 * The best fit form's state: the draft, the version it started from, and what saving it (with `save`) led to
 * (saved, a conflict to resolve, or a failure). What was saved, or found stored first, goes into the open
 * review's cache entry.
 */
export function useBestFitForm(props: BestFitFormProps, save: SaveBestFit) {
  const holdBestFit = useHoldBestFit(props.reviewId);
  const evidenceRef = useRef<HTMLTextAreaElement>(null);
  const { stored, participants } = props;
  const [base, setBase] = useState<Versioned<AgreedBestFit> | null>(stored ?? null);
  const [draft, setDraft] = useState<BestFitDraft>(() => (stored ? draftOf(stored.value) : emptyDraft(participants)));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const action = useAction();
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

  const submit = (fit: AgreedBestFit, basedOn: Versioned<AgreedBestFit> | null, done: string): Promise<boolean> =>
    action.run(async () => {
      try {
        const saved = await save(fit, basedOn);
        holdBestFit(saved);
        props.onSaved?.(saved.value);
        setBase(saved);
        setDraft(draftOf(saved.value));
        setDirty(false);
        setConflict(undefined);
        setNotice(done);
      } catch (error) {
        if (!isConflictError(error)) throw error;
        const theirs = error.theirs as Versioned<AgreedBestFit> | null;
        if (theirs) holdBestFit(theirs);
        setConflict({ mine: fit, theirs });
        return false;
      }
    });

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

  return {
    evidenceRef,
    draft,
    dirty,
    errors,
    busy: action.busy,
    failure: action.failure,
    conflict,
    notice,
    edit,
    agree,
    keepTheirs,
    keepMine,
    combine,
    stale: staleWhileEditing,
    dismissFailure: action.dismiss,
  };
}
