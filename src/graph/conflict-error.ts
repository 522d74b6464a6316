import { GraphError } from './graph-error';
import type { ItemVersion, Versioned } from './versioned';

/**
 * Someone else changed (or deleted, or first created) the item since we read it. Carries both
 * sides so the UI can show them and let a person choose; nothing was overwritten.
 */
export class ConflictError<T> extends GraphError {
  override readonly name: string = 'ConflictError';
  /** What we tried to write. */
  readonly ours: T;
  /** The version our write was based on; null when we were creating it. */
  readonly basedOn: ItemVersion | null;
  /** The item as it is now on the server; null when it has been deleted. */
  readonly theirs: Versioned<T> | null;

  constructor(init: { ours: T; basedOn: ItemVersion | null; theirs: Versioned<T> | null; requestId?: string }) {
    super({
      status: 412,
      code: 'conflict',
      message: init.theirs
        ? 'The item was changed by someone else since it was read.'
        : 'The item was deleted by someone else since it was read.',
      ...(init.requestId ? { requestId: init.requestId } : {}),
    });
    this.ours = init.ours;
    this.basedOn = init.basedOn && { itemId: init.basedOn.itemId, eTag: init.basedOn.eTag };
    this.theirs = init.theirs;
  }

  /** The same conflict in other terms (e.g. raw fields → a domain object; null if unreadable). */
  map<U>(ours: U, mapTheirs: (value: T) => U | null): ConflictError<U> {
    const theirs = this.theirs ? mapTheirs(this.theirs.value) : null;
    return new ConflictError<U>({
      ours,
      basedOn: this.basedOn,
      theirs: this.theirs && theirs !== null ? { itemId: this.theirs.itemId, eTag: this.theirs.eTag, value: theirs } : null,
      ...(this.requestId ? { requestId: this.requestId } : {}),
    });
  }
}

export const isConflictError = (e: unknown): e is ConflictError<unknown> => e instanceof ConflictError;
