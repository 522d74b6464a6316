import type { QueryClient } from '@tanstack/react-query';

import type { MaturityModel } from '../../../domain/catalogue/types';
import { agreeReview, reopenReview, type ReviewChange } from '../../../domain/review/status';
import type { AgreedBestFit, ReflectionEntry, Review, ReviewStatus } from '../../../domain/review/types';
import { isConflictError } from '../../../shared/service-error';
import { versionOf, type Versioned } from '../../../shared/versioned';
import { isUnreachable, UNREACHABLE_RETRY_MS } from '../../common/unreachable';
import { UserFacingError } from '../../common/user-facing-error';
import type { ReviewData } from './adapter';
import { type OpenReviewState, type SaveState, slotOf } from './review-state';

/** How long a reflection that could not reach SharePoint waits before it is tried again. */
export const REFLECTION_RETRY_MS = UNREACHABLE_RETRY_MS;

/** The query cache entry of one open review. */
export const openReviewKey = (reviewId: string) => ['review', reviewId, 'open'] as const;

/** The writes to one open review, each put into its cache entry as it goes, so every view shows it at once. */
export interface ReviewWrites {
  /** Records a reflection at once and saves it in the background; see `reflectionSaves` for progress. */
  saveReflection(reflection: ReflectionEntry): void;
  /** Tries a failed reflection save again (unless it is already under way, or saved meanwhile). */
  retryReflection(rowId: string, participantId: string): void;
  setStatus(status: ReviewStatus): Promise<void>;
  /** Marks the review agreed by `by`, now (the real time, kept apart from the meeting date). */
  agree(by: string, model: MaturityModel): Promise<void>;
  /** Reopens the agreed review for the meeting, keeping who reopened it, when and why. */
  reopen(by: string, reason: string, canEdit: boolean): Promise<void>;
}

/**
 * Each person's reflections save in order, one request at a time per row (the latest choice wins, and each save
 * quotes the eTag of the one before). Best fits are saved by the meeting's form through the port itself
 * (`use-best-fit-form.ts`), which handles conflicts and puts the result here with `useHoldBestFit`.
 */
export function reviewWrites(client: QueryClient, data: ReviewData, reviewId: string): ReviewWrites {
  const key = openReviewKey(reviewId);
  const state = (): OpenReviewState => {
    const held = client.getQueryData<OpenReviewState>(key);
    if (!held) throw new Error(`Review ${reviewId} is not open.`);
    return held;
  };
  const update = (change: (s: OpenReviewState) => Partial<OpenReviewState>): void => {
    client.setQueryData<OpenReviewState>(key, (s) => (s ? { ...s, ...change(s) } : s));
  };
  const withEntry = <K, V>(map: ReadonlyMap<K, V>, k: K, v: V | undefined): Map<K, V> => {
    const next = new Map(map);
    if (v === undefined) next.delete(k);
    else next.set(k, v);
    return next;
  };
  const setSave = (rowId: string, save: SaveState): void =>
    update((s) => ({ reflectionSaves: withEntry(s.reflectionSaves, rowId, save) }));

  /**
   * A reflection is one person's own: if the same person changed it in another window, what they did last (here)
   * is what they mean, so we save again on top of the stored version rather than ask.
   */
  async function saveWithRetry(reflection: ReflectionEntry): Promise<Versioned<ReflectionEntry>> {
    try {
      return await data.saveReflection(reflection, versionOf(state().reflections.get(slotOf(reflection))));
    } catch (error) {
      if (!isConflictError(error)) throw error;
      return data.saveReflection(reflection, versionOf(error.theirs as Versioned<ReflectionEntry> | null));
    }
  }

  async function flush(slot: string): Promise<void> {
    const reflection = state().unsaved.get(slot)!;
    update((s) => ({ inFlight: new Set([...s.inFlight, slot]) }));
    let unreachable = false;
    try {
      const saved = await saveWithRetry(reflection);
      update((s) => ({ reflections: withEntry(s.reflections, slot, saved) }));
      if (state().unsaved.get(slot) === reflection) {
        update((s) => ({ unsaved: withEntry(s.unsaved, slot, undefined) }));
        setSave(reflection.rowId, { status: 'saved' });
      }
    } catch (error) {
      unreachable = isUnreachable(error);
      if (unreachable) {
        // Whatever is newest for this row is kept and tried again by itself, a few seconds from now.
        setSave(reflection.rowId, { status: 'waiting' });
        setTimeout(() => writes.retryReflection(reflection.rowId, reflection.participantId), REFLECTION_RETRY_MS);
      } else if (state().unsaved.get(slot) === reflection) setSave(reflection.rowId, { status: 'failed', error });
    } finally {
      update((s) => ({ inFlight: new Set([...s.inFlight].filter((k) => k !== slot)) }));
    }
    const newer = state().unsaved.get(slot);
    if (newer && newer !== reflection && !unreachable) await flush(slot);
  }

  async function saveReview(review: Review): Promise<void> {
    try {
      const saved = await data.updateReview(review, versionOf(state().review)!);
      update(() => ({ review: saved }));
    } catch (error) {
      if (isConflictError(error) && error.theirs) update(() => ({ review: error.theirs as Versioned<Review> }));
      throw error;
    }
  }
  const saveChange = (change: ReviewChange): Promise<void> =>
    change.ok ? saveReview(change.value) : Promise.reject(new UserFacingError(change.reason));
  const bestFitsOf = (s: OpenReviewState): AgreedBestFit[] => [...s.bestFits.values()].map((b) => b.value);

  const writes: ReviewWrites = {
    saveReflection(reflection) {
      const slot = slotOf(reflection);
      update((s) => ({ unsaved: withEntry(s.unsaved, slot, reflection) }));
      setSave(reflection.rowId, { status: 'saving' });
      if (!state().inFlight.has(slot)) void flush(slot);
    },
    retryReflection(rowId, participantId) {
      const slot = slotOf({ rowId, participantId });
      const pending = state().unsaved.get(slot);
      if (pending && !state().inFlight.has(slot)) writes.saveReflection(pending);
    },
    setStatus: (status) => saveReview({ ...state().review.value, status }),
    agree: (by, model) => saveChange(agreeReview(state().review.value, { by, at: new Date().toISOString() }, model, bestFitsOf(state()))),
    reopen: (by, reason, canEdit) => saveChange(reopenReview(state().review.value, { by, at: new Date().toISOString(), reason, canEdit })),
  };
  return writes;
}
