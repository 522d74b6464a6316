import type { ColumnNumber, MaturityModel } from '../../../domain/catalogue/types';
import { agreeReview, reopenReview, type ReviewChange } from '../../../domain/review/status';
import type { AgreedBestFit, ReflectionEntry, Review, ReviewStatus } from '../../../domain/review/types';
import type { ListChanges, LoadedReview, ReviewChanges, ReviewData, ReviewWatcher } from '../data/port';
import { isOlderVersion } from './versions';
import { UserFacingError } from '../../common/user-facing-error';
import { isConflictError } from '../../../shared/service-error';
import { isUnreachable, UNREACHABLE_RETRY_MS } from '../../common/unreachable';
import { versionOf, type Versioned } from '../../../shared/versioned';

export type SaveState =
  | { readonly status: 'saving' }
  | { readonly status: 'saved' }
  /** SharePoint could not be reached: the text is kept and the save is tried again by itself. */
  | { readonly status: 'waiting' }
  | { readonly status: 'failed'; readonly error: unknown };

/** How long a reflection that could not reach SharePoint waits before it is tried again. */
export const REFLECTION_RETRY_MS = UNREACHABLE_RETRY_MS;

/** A best fit someone else saved, noticed by the live refresh (announced, and highlighted in the agenda). */
export interface RemoteChange {
  readonly rowId: string;
  readonly column: ColumnNumber;
  readonly seq: number;
}

/** An immutable picture of one review, replaced on every change (so React can compare by identity). */
export interface SessionSnapshot {
  readonly review: Versioned<Review>;
  readonly reflections: readonly ReflectionEntry[];
  readonly bestFits: readonly AgreedBestFit[];
  readonly bestFitVersions: ReadonlyMap<string, Versioned<AgreedBestFit>>;
  /** Save state of this browser's own reflections, by row id. */
  readonly reflectionSaves: ReadonlyMap<string, SaveState>;
  readonly lastRemoteChange?: RemoteChange;
  readonly refreshError?: unknown;
}

/** Where a reflection sits in this open review (its list item key also names the review: `reflectionKey` in the data layer). */
const slotOf = (r: Pick<ReflectionEntry, 'rowId' | 'participantId'>): string => `${r.rowId}|${r.participantId}`;

/** Opens a review for live work: the watch starts before the read, so no change falls between the two. */
export async function openReviewSession(data: ReviewData, reviewId: string): Promise<ReviewSession> {
  const watcher = data.watchReviews();
  await watcher.start();
  return new ReviewSession(data, await data.loadReview(reviewId), watcher);
}

/**
 * One open review: what is on screen, the eTags behind it, and the saves in flight. Each person's reflections
 * save in order, one request at a time per row (the latest choice wins, and each save quotes the eTag of the
 * one before); best fits are saved by the meeting form, which handles conflicts itself.
 */
export class ReviewSession {
  private review: Versioned<Review>;
  private readonly reflections = new Map<string, Versioned<ReflectionEntry>>();
  private readonly bestFits = new Map<string, Versioned<AgreedBestFit>>();
  private readonly saves = new Map<string, SaveState>();
  /** Local values not yet confirmed by the service, by reflection key. */
  private readonly unsaved = new Map<string, ReflectionEntry>();
  private readonly inFlight = new Set<string>();
  private lastRemoteChange: RemoteChange | undefined;
  private refreshError: unknown;
  private remoteSeq = 0;
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly data: ReviewData,
    bundle: LoadedReview,
    private readonly watcher: ReviewWatcher,
  ) {
    this.review = bundle.review;
    for (const r of bundle.reflections) this.reflections.set(slotOf(r.value), r);
    for (const b of bundle.bestFits) this.bestFits.set(b.value.rowId, b);
    this.snapshot = this.build();
  }

  get reviewId(): string {
    return this.review.value.id;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  /** Records a reflection at once and saves it in the background; see `reflectionSaves` for progress. */
  saveReflection(reflection: ReflectionEntry): void {
    const key = slotOf(reflection);
    this.unsaved.set(key, reflection);
    this.saves.set(reflection.rowId, { status: 'saving' });
    this.changed();
    if (!this.inFlight.has(key)) void this.flushReflection(key);
  }

  /** Saves a best fit; rejects with a ConflictError (and shows the stored version) if someone saved first. */
  async saveBestFit(bestFit: AgreedBestFit, basedOn: Versioned<AgreedBestFit> | null): Promise<Versioned<AgreedBestFit>> {
    try {
      const saved = await this.data.saveBestFit(bestFit, versionOf(basedOn));
      this.bestFits.set(saved.value.rowId, saved);
      this.changed();
      return saved;
    } catch (error) {
      if (isConflictError(error) && error.theirs) {
        this.bestFits.set(bestFit.rowId, error.theirs as Versioned<AgreedBestFit>);
        this.changed();
      }
      throw error;
    }
  }

  setStatus(status: ReviewStatus): Promise<void> {
    return this.saveReview({ ...this.review.value, status });
  }

  /** Marks the review agreed by `by`, now (the real time, kept apart from the meeting date). */
  agree(by: string, model: MaturityModel): Promise<void> {
    const at = new Date().toISOString();
    return this.saveChange(agreeReview(this.review.value, { by, at }, model, this.snapshot.bestFits));
  }

  /** Reopens the agreed review for the meeting, keeping who reopened it, when and why. */
  reopen(by: string, reason: string, canEdit: boolean): Promise<void> {
    return this.saveChange(reopenReview(this.review.value, { by, at: new Date().toISOString(), reason, canEdit }));
  }

  private saveChange(change: ReviewChange): Promise<void> {
    return change.ok ? this.saveReview(change.value) : Promise.reject(new UserFacingError(change.reason));
  }

  private async saveReview(review: Review): Promise<void> {
    try {
      this.review = await this.data.updateReview(review, versionOf(this.review)!);
    } catch (error) {
      if (isConflictError(error) && error.theirs) this.review = error.theirs as Versioned<Review>;
      throw error;
    } finally {
      this.changed();
    }
  }

  /** One incremental refresh; failures are kept for display, never thrown (the next poll tries again). */
  async refresh(): Promise<void> {
    try {
      this.apply(await this.watcher.poll());
      this.refreshError = undefined;
    } catch (error) {
      this.refreshError = error;
    }
    this.changed();
  }

  private async flushReflection(key: string): Promise<void> {
    this.inFlight.add(key);
    const reflection = this.unsaved.get(key)!;
    let unreachable = false;
    try {
      const saved = await this.saveWithRetry(reflection);
      this.reflections.set(key, saved);
      if (this.unsaved.get(key) === reflection) {
        this.unsaved.delete(key);
        this.saves.set(reflection.rowId, { status: 'saved' });
      }
    } catch (error) {
      unreachable = isUnreachable(error);
      if (unreachable) {
        // Whatever is newest for this row is kept and tried again by itself, a few seconds from now.
        this.saves.set(reflection.rowId, { status: 'waiting' });
        setTimeout(() => this.retryReflection(reflection.rowId, reflection.participantId), REFLECTION_RETRY_MS);
      } else if (this.unsaved.get(key) === reflection) this.saves.set(reflection.rowId, { status: 'failed', error });
    } finally {
      this.inFlight.delete(key);
      this.changed();
    }
    const newer = this.unsaved.get(key);
    if (newer && newer !== reflection && !unreachable) await this.flushReflection(key);
  }

  /** Tries a failed reflection save again (unless it is already under way, or saved meanwhile). */
  retryReflection(rowId: string, participantId: string): void {
    const key = slotOf({ rowId, participantId });
    const pending = this.unsaved.get(key);
    if (pending && !this.inFlight.has(key)) this.saveReflection(pending);
  }

  /**
   * A reflection is one person's own: if the same person changed it in another window, what they did last (here)
   * is what they mean, so we save again on top of the stored version rather than ask.
   */
  private async saveWithRetry(reflection: ReflectionEntry): Promise<Versioned<ReflectionEntry>> {
    const key = slotOf(reflection);
    try {
      return await this.data.saveReflection(reflection, versionOf(this.reflections.get(key)));
    } catch (error) {
      if (!isConflictError(error)) throw error;
      const theirs = error.theirs as Versioned<ReflectionEntry> | null;
      return this.data.saveReflection(reflection, versionOf(theirs));
    }
  }

  private apply(changes: ReviewChanges): void {
    const id = this.reviewId;
    const review = changes.reviews.changed.find((r) => r.value.id === id);
    if (review && !isOlderVersion(review, this.review)) this.review = review;

    const reflections = changes.reflections;
    prune(this.reflections, reflections, (key) => this.unsaved.has(key) || this.inFlight.has(key));
    for (const r of reflections.changed) {
      if (r.value.reviewId !== id) continue;
      const key = slotOf(r.value);
      // A save of ours still under way carries the newer word for this row.
      if (this.inFlight.has(key) || this.unsaved.has(key) || isOlderVersion(r, this.reflections.get(key))) continue;
      this.reflections.set(key, r);
    }

    const bestFits = changes.bestFits;
    prune(this.bestFits, bestFits, () => false);
    for (const b of bestFits.changed) {
      if (b.value.reviewId !== id) continue;
      const current = this.bestFits.get(b.value.rowId);
      if (isOlderVersion(b, current) || current?.eTag === b.eTag) continue;
      this.bestFits.set(b.value.rowId, b);
      if (!bestFits.resynced) this.lastRemoteChange = { rowId: b.value.rowId, column: b.value.column, seq: ++this.remoteSeq };
    }
  }

  private changed(): void {
    this.snapshot = this.build();
    for (const listener of this.listeners) listener();
  }

  private build(): SessionSnapshot {
    const reflections = new Map<string, ReflectionEntry>();
    for (const [k, v] of this.reflections) reflections.set(k, v.value);
    for (const [k, v] of this.unsaved) reflections.set(k, v);
    return {
      review: this.review,
      reflections: [...reflections.values()],
      bestFits: [...this.bestFits.values()].map((b) => b.value),
      bestFitVersions: new Map(this.bestFits),
      reflectionSaves: new Map(this.saves),
      ...(this.lastRemoteChange ? { lastRemoteChange: this.lastRemoteChange } : {}),
      ...(this.refreshError !== undefined ? { refreshError: this.refreshError } : {}),
    };
  }
}

/** Drops items deleted since the last poll (or, after a resync, everything the enumeration no longer has). */
function prune<T>(held: Map<string, Versioned<T>>, changes: ListChanges<T>, keep: (key: string) => boolean): void {
  const present = new Set(changes.changed.map((v) => v.itemId));
  const deleted = new Set(changes.deletedItemIds);
  for (const [key, v] of held) {
    const gone = deleted.has(v.itemId) || (changes.resynced && !present.has(v.itemId));
    if (gone && !keep(key)) held.delete(key);
  }
}
