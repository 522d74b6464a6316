import { headerValue, parseRetryAfter } from './http-headers';

/**
 * Every failed Graph call surfaces as one typed error, whatever its origin (a plain response, a
 * $batch part, a dropped connection), so callers branch on `status`/`code` rather than parsing
 * bodies, and the UI can show `userMessage(error)`.
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

interface GraphErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    innerError?: Record<string, unknown>;
    innererror?: Record<string, unknown>;
  };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * Builds a GraphError from a status, headers and a body that may be the documented
 * `{error:{code,message,innerError:{code?,"request-id"|requestId,date}}}`, text, or nothing.
 */
export function graphErrorFrom(
  status: number,
  headers: Headers | Readonly<Record<string, string | undefined>> | undefined,
  body: unknown,
): GraphError {
  const parsed = typeof body === 'string' ? tryJson(body) : body;
  const error = (parsed as GraphErrorBody | undefined)?.error;
  const inner = error?.innerError ?? error?.innererror;
  return new GraphError({
    status,
    code: str(error?.code),
    innerCode: str(inner?.code),
    message: str(error?.message) ?? (typeof parsed === 'string' ? parsed.slice(0, 500) : undefined),
    requestId:
      str(inner?.['request-id']) ??
      str(inner?.requestId) ??
      headerValue(headers, 'request-id') ??
      headerValue(headers, 'client-request-id'),
    retryAfterSeconds: parseRetryAfter(headerValue(headers, 'retry-after')),
  });
}

/** Reads a failed fetch Response into a GraphError (consumes the body). */
export async function graphErrorFromResponse(response: Response): Promise<GraphError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // A body we cannot read still leaves the status worth reporting.
  }
  return graphErrorFrom(response.status, response.headers, text);
}

function tryJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
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

/** Plain words for people, never codes or request ids in the sentence itself. */
export function userMessage(e: unknown): string {
  if (isAbortError(e)) return 'Cancelled.';
  if (!isGraphError(e)) return 'Something went wrong. Try again, and if it keeps happening tell your IT team.';
  switch (true) {
    case e.code === PROVISIONING_FORBIDDEN:
      return e.message;
    case e.code === NOT_PROVISIONED:
      return "Waypoint isn't set up on this team's site yet. A team owner needs to open Waypoint once to set it up.";
    case e.status === 403:
      return "You can view this, but you don't have permission to change it. Ask the team owner to give you edit access to the team's site.";
    case e.status === 401:
      return 'Your sign-in has expired. Sign in again, then try once more.';
    case e.status === 404:
      return "We couldn't find this. Someone may have deleted it; refresh to see the latest.";
    case e.status === 412:
      return 'Someone else changed this while you were working on it. Compare the two versions and choose what to keep.';
    case e.status === 409:
      return 'This already exists. Refresh to see the latest.';
    case isThrottled(e):
      return "SharePoint is busy at the moment, so this hasn't been saved yet. Wait a minute and try again.";
    case e.status === 0:
      return "We couldn't reach SharePoint. Check your connection and try again.";
    default:
      return `SharePoint couldn't do this (error ${e.status}). Try again; if it keeps happening, tell your IT team${
        e.requestId ? ` and quote reference ${e.requestId}` : ''
      }.`;
  }
}

export function isAbortError(e: unknown): boolean {
  return (
    (typeof DOMException !== 'undefined' && e instanceof DOMException && e.name === 'AbortError') ||
    (e instanceof Error && e.name === 'AbortError')
  );
}
