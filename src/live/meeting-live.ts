/**
 * The meeting's live layer: who is here and on which maturity row, the facilitator's row (followed by whoever
 * chooses to), a discussion timer for a row, and a "row changed" signal so every client refreshes that row at
 * once. It carries no record: SharePoint is the only store of record, and everything here is ephemeral.
 *
 * Two implementations: Live Share (src/live/live-share/, loaded only by dynamic import) in a Teams meeting or
 * against the local Fluid service, and polling (./polling-live.ts) everywhere else. This module imports neither
 * Live Share nor Fluid, so pages that never join a meeting do not grow.
 */

/** 'live': Live Share is connected (or reconnecting); 'polling': no presence or signals, refresh by polling. */
export type LiveMode = 'live' | 'polling';

/** This browser's participant in the review (ids as in `Review.participants`). */
export interface LiveSelf {
  readonly participantId: string;
  readonly displayName: string;
}

/** Someone with the review open in the meeting. */
export interface PresentPerson extends LiveSelf {
  /** The maturity row on their screen; absent until they open one. */
  readonly rowId?: string;
  readonly following: boolean;
  readonly isMe: boolean;
}

/** The person leading the discussion and the row they are on. */
export interface Facilitator extends LiveSelf {
  readonly rowId?: string;
}

/** A discussion timer for one row, on the meeting's shared clock (`MeetingLive.now()`). */
export interface RowTimer {
  readonly rowId: string;
  readonly durationMs: number;
  /** Shared-clock milliseconds when the facilitator started it. */
  readonly startedAt: number;
}

/** What was saved to SharePoint on a row: the agreed best fit, its evidence, a next step, or an action made from it. */
export type RowChangeKind = 'best-fit' | 'evidence' | 'next-step' | 'action';

export interface RowChanged {
  readonly rowId: string;
  readonly kind: RowChangeKind;
  readonly byParticipantId: string;
}

/** An immutable picture, replaced on every change (so React can compare by identity). */
export interface MeetingLiveSnapshot {
  readonly mode: LiveMode;
  /** False while Live Share is reconnecting: signals may be missed, so refresh by polling meanwhile. */
  readonly connected: boolean;
  /** Everyone here, this browser included; empty when polling. */
  readonly people: readonly PresentPerson[];
  readonly facilitator?: Facilitator;
  /** Whether this browser follows the facilitator's row. */
  readonly following: boolean;
  readonly timer?: RowTimer;
}

export interface MeetingLive {
  getSnapshot(): MeetingLiveSnapshot;
  /** useSyncExternalStore-shaped: returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /**
   * This browser now shows `rowId`. If this browser facilitates, it is also the facilitator's row. If it was
   * following and moves to another row on its own, it stops following (it can follow again).
   */
  showRow(rowId: string): Promise<void>;
  /** Take over as facilitator, on the row this browser shows. */
  facilitate(): Promise<void>;
  /** Follow the facilitator's row: `getSnapshot().facilitator.rowId` is then the row to show. */
  follow(): Promise<void>;
  unfollow(): Promise<void>;
  /** Start a discussion timer for a row (replacing any other). Only the facilitator may; others get an error saying so. */
  startTimer(rowId: string, durationMs: number): Promise<void>;
  /** Only the facilitator may, as above. */
  stopTimer(): Promise<void>;
  /** The meeting's shared clock in milliseconds (the host's network time in Teams; this machine's when polling). */
  now(): number;
  /** Tell the others that something on `rowId` was saved to SharePoint, after the save succeeded. */
  announceRowChanged(rowId: string, kind: RowChangeKind): Promise<void>;
  /** Another browser saved something on a row: refresh that row from SharePoint. Never fires when polling. */
  onRowChanged(listener: (change: RowChanged) => void): () => void;
  close(): Promise<void>;
}
