import type { ItemVersion, Versioned } from './versioned';

/**
 * Every failed Graph call surfaces as one typed error, whatever its origin (a plain response, a
 * $batch part, a dropped connection), so callers branch on `status`/`code` rather than parsing
 * bodies, and the UI can explain it in plain words (`src/ui/common/user-message.ts`). It lives
 * here, below both the Graph client and the views, because both must name it.
 */
export class GraphError extends Error {
  override readonly name: string = 'GraphError';
  /** HTTP status; 0 when no response arrived (network failure), so the outcome is unknown. */
  readonly status: number;
  readonly code: string;
  readonly innerCode: string | undefined;
  readonly requestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    code?: string;
    innerCode?: string;
    message?: string;
    requestId?: string;
    retryAfterSeconds?: number;
    cause?: unknown;
  }) {
    super(init.message || `Graph request failed with status ${init.status}`, { cause: init.cause });
    this.status = init.status;
    this.code = init.code || (init.status === 0 ? 'networkError' : `http${init.status}`);
    this.innerCode = init.innerCode;
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export const isGraphError = (e: unknown): e is GraphError => e instanceof GraphError;
/** 412: the item changed since we read it (eTag mismatch). */
export const isConflict = (e: unknown): boolean => isGraphError(e) && e.status === 412;
/** 403: signed in, but not allowed (e.g. a read-only member writing). */
export const isForbidden = (e: unknown): boolean => isGraphError(e) && e.status === 403;
export const isNotFound = (e: unknown): boolean => isGraphError(e) && e.status === 404;
/** 429, or 503/504 that the service sent with a Retry-After: busy, not broken. */
export const isThrottled = (e: unknown): boolean =>
  isGraphError(e) &&
  (e.status === 429 || ((e.status === 503 || e.status === 504) && e.retryAfterSeconds !== undefined));
/**
 * The outcome is unknown: the request may or may not have been applied (no response, 503/504
 * without a throttling hint). A create must be reconciled by key, never simply repeated.
 */
export const isAmbiguous = (e: unknown): boolean =>
  isGraphError(e) && (e.status === 0 || e.status === 502 || e.status === 503 || e.status === 504);

/** Codes the data layer gives its own errors, whose messages are already written for people. */
export const PROVISIONING_FORBIDDEN = 'provisioningForbidden';
export const NOT_PROVISIONED = 'notProvisioned';

export function isAbortError(e: unknown): boolean {
  return (
    (typeof DOMException !== 'undefined' && e instanceof DOMException && e.name === 'AbortError') ||
    (e instanceof Error && e.name === 'AbortError')
  );
}

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
