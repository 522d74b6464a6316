import type { ColumnNumber } from '../../../domain/catalogue/types';
import type { AgreedBestFit, ReflectionEntry, Review } from '../../../domain/review/types';
import type { ItemVersion, Versioned } from '../../../shared/versioned';
import type { ListChanges, LoadedReview, ReviewChanges, ReviewWatcher } from './port';

export type SaveState =
  | { readonly status: 'saving' }
  | { readonly status: 'saved' }
  /** SharePoint could not be reached: the text is kept and the save is tried again by itself. */
  | { readonly status: 'waiting' }
  | { readonly status: 'failed'; readonly error: unknown };

/** A best fit someone else saved, noticed by the incremental refresh (announced, and highlighted in the agenda). */
export interface RemoteChange {
  readonly rowId: string;
  readonly column: ColumnNumber;
  readonly seq: number;
}

/**
 * One open review as the query cache holds it: what SharePoint last said (with the eTags to write back), this
 * browser's reflections not yet confirmed, and the watch its incremental refresh continues from. Immutable:
 * every change makes a new one, so views compare by identity.
 */
export interface OpenReviewState {
  readonly review: Versioned<Review>;
  /** Stored reflections, by slot (`slotOf`). */
  readonly reflections: ReadonlyMap<string, Versioned<ReflectionEntry>>;
  readonly bestFits: ReadonlyMap<string, Versioned<AgreedBestFit>>;
  /** This browser's reflections not yet confirmed by SharePoint, by slot. */
  readonly unsaved: ReadonlyMap<string, ReflectionEntry>;
  /** Slots with a save under way (one at a time per slot). */
  readonly inFlight: ReadonlySet<string>;
  /** Save state of this browser's own reflections, by row id. */
  readonly reflectionSaves: ReadonlyMap<string, SaveState>;
  readonly lastRemoteChange?: RemoteChange;
  readonly refreshError?: unknown;
  /** The review lists' watch, started before the review was read, so no change falls between the two. */
  readonly watcher: ReviewWatcher;
}

/** What the views show of an open review. */
export interface ReviewSnapshot {
  readonly review: Versioned<Review>;
  readonly reflections: readonly ReflectionEntry[];
  readonly bestFits: readonly AgreedBestFit[];
  readonly bestFitVersions: ReadonlyMap<string, Versioned<AgreedBestFit>>;
  readonly reflectionSaves: ReadonlyMap<string, SaveState>;
  readonly lastRemoteChange?: RemoteChange;
  readonly refreshError?: unknown;
}

/** Where a reflection sits in this open review (its list item key also names the review: `reflectionKey` in the data layer). */
export const slotOf = (r: Pick<ReflectionEntry, 'rowId' | 'participantId'>): string => `${r.rowId}|${r.participantId}`;

export function openedReview(bundle: LoadedReview, watcher: ReviewWatcher): OpenReviewState {
  return {
    review: bundle.review,
    reflections: new Map(bundle.reflections.map((r) => [slotOf(r.value), r])),
    bestFits: new Map(bundle.bestFits.map((b) => [b.value.rowId, b])),
    unsaved: new Map(),
    inFlight: new Set(),
    reflectionSaves: new Map(),
    watcher,
  };
}

export function snapshotOf(state: OpenReviewState): ReviewSnapshot {
  const reflections = new Map<string, ReflectionEntry>();
  for (const [k, v] of state.reflections) reflections.set(k, v.value);
  for (const [k, v] of state.unsaved) reflections.set(k, v);
  return {
    review: state.review,
    reflections: [...reflections.values()],
    bestFits: [...state.bestFits.values()].map((b) => b.value),
    bestFitVersions: state.bestFits,
    reflectionSaves: state.reflectionSaves,
    ...(state.lastRemoteChange ? { lastRemoteChange: state.lastRemoteChange } : {}),
    ...(state.refreshError !== undefined ? { refreshError: state.refreshError } : {}),
  };
}

/** The state holding `bestFit` as its row's agreed best fit (saved here, or someone else's that a save ran into). */
export function withBestFit(state: OpenReviewState, bestFit: Versioned<AgreedBestFit>): OpenReviewState {
  return { ...state, bestFits: new Map(state.bestFits).set(bestFit.value.rowId, bestFit) };
}

/** SharePoint eTags read `"{GUID},<version>"`; the version counts up with every save of the item. */
function versionNumber(eTag: string): number | undefined {
  const match = /,(\d+)"?$/.exec(eTag);
  return match ? Number(match[1]) : undefined;
}

/**
 * True when `incoming` is an earlier version of the same item than `current`: a poll that set off before our
 * own save finished can answer after it, and must not put the older text back on screen.
 */
export function isOlderVersion(incoming: ItemVersion, current: ItemVersion | undefined): boolean {
  if (!current || incoming.itemId !== current.itemId) return false;
  const a = versionNumber(incoming.eTag);
  const b = versionNumber(current.eTag);
  return a !== undefined && b !== undefined && a < b;
}

/** The state with one incremental refresh's changes applied (items of other reviews are ignored). */
export function withChanges(state: OpenReviewState, changes: ReviewChanges): OpenReviewState {
  const id = state.review.value.id;
  const incoming = changes.reviews.changed.find((r) => r.value.id === id);
  const review = incoming && !isOlderVersion(incoming, state.review) ? incoming : state.review;

  // A save of ours still under way carries the newer word for its slot.
  const ours = (key: string): boolean => state.unsaved.has(key) || state.inFlight.has(key);
  const reflections = pruned(state.reflections, changes.reflections, ours);
  for (const r of changes.reflections.changed) {
    if (r.value.reviewId !== id) continue;
    const key = slotOf(r.value);
    if (ours(key) || isOlderVersion(r, reflections.get(key))) continue;
    reflections.set(key, r);
  }

  const bestFits = pruned(state.bestFits, changes.bestFits, () => false);
  let lastRemoteChange = state.lastRemoteChange;
  for (const b of changes.bestFits.changed) {
    if (b.value.reviewId !== id) continue;
    const current = bestFits.get(b.value.rowId);
    if (isOlderVersion(b, current) || current?.eTag === b.eTag) continue;
    bestFits.set(b.value.rowId, b);
    if (!changes.bestFits.resynced) lastRemoteChange = { rowId: b.value.rowId, column: b.value.column, seq: (lastRemoteChange?.seq ?? 0) + 1 };
  }
  return { ...state, review, reflections, bestFits, ...(lastRemoteChange ? { lastRemoteChange } : {}) };
}

/** A copy without the items deleted since the last poll (or, after a resync, everything the enumeration no longer has). */
function pruned<T>(
  held: ReadonlyMap<string, Versioned<T>>,
  changes: ListChanges<T>,
  keep: (key: string) => boolean,
): Map<string, Versioned<T>> {
  const present = new Set(changes.changed.map((v) => v.itemId));
  const deleted = new Set(changes.deletedItemIds);
  const next = new Map(held);
  for (const [key, v] of held) {
    const gone = deleted.has(v.itemId) || (changes.resynced && !present.has(v.itemId));
    if (gone && !keep(key)) next.delete(key);
  }
  return next;
}
