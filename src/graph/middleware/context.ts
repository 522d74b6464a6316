import type { Context } from '@microsoft/microsoft-graph-client';

/**
 * Our per-request flags ride on the SDK's middleware Context (the SDK does not export its
 * MiddlewareControl), so requests made through `client.api()` simply get the defaults.
 */
export interface WaypointContext extends Context {
  /** Overrides the retry middleware's method-based guess: true when repeating is harmless. */
  idempotent?: boolean;
  /** The caller retries this request itself under the same policy (a $batch envelope): send it once. */
  retriedByCaller?: boolean;
}

export function requestUrl(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

export function requestMethod(context: Context): string {
  const fromOptions = context.options?.method;
  if (fromOptions) return fromOptions.toUpperCase();
  return typeof context.request === 'string' ? 'GET' : context.request.method.toUpperCase();
}

export function requestSignal(context: Context): AbortSignal | undefined {
  return context.options?.signal ?? (typeof context.request === 'string' ? undefined : context.request.signal);
}

/** The request's headers as a live `Headers` (the SDK may hand us a plain object or an array). */
export function requestHeaders(context: Context): Headers {
  if (typeof context.request !== 'string') return context.request.headers;
  const options = (context.options ??= {});
  if (!(options.headers instanceof Headers)) options.headers = new Headers(options.headers);
  return options.headers;
}

export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}
