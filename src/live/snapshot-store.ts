import type { MeetingLiveSnapshot, RowChanged } from './meeting-live';

/** The snapshot and listeners both implementations share: replace the snapshot, tell subscribers. */
export class SnapshotStore {
  private snapshot: MeetingLiveSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly rowListeners = new Set<(change: RowChanged) => void>();

  constructor(initial: MeetingLiveSnapshot) {
    this.snapshot = initial;
  }

  get = (): MeetingLiveSnapshot => this.snapshot;

  set(next: MeetingLiveSnapshot): void {
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  onRowChanged = (listener: (change: RowChanged) => void): (() => void) => {
    this.rowListeners.add(listener);
    return () => this.rowListeners.delete(listener);
  };

  rowChanged(change: RowChanged): void {
    for (const listener of [...this.rowListeners]) listener(change);
  }

  clear(): void {
    this.listeners.clear();
    this.rowListeners.clear();
  }
}
