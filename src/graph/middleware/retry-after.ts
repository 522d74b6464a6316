import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

import { isAbortError } from '../../shared/service-error';
import { parseRetryAfter } from '../http-headers';
import { backoffMs, DEFAULT_RETRY_POLICY, type RetryPolicy } from '../retry-policy';
import { abortReason, requestMethod, requestSignal, type WaypointContext } from './context';
import { isTimeout } from './http';

/**
 * Retries a request the service refused for being busy: 429 always (a throttled request was not
 * processed), 503/504 and dropped connections only when repeating is harmless (GET, PUT, DELETE,
 * PATCH, or a request flagged `idempotent`). A POST that creates something and then meets an
 * ambiguous failure is handed back to the caller, which reconciles by key instead of repeating.
 *
 * Waits `Retry-After` (seconds, fractional allowed, or an HTTP date); without one, exponential
 * backoff with jitter. Stops after `maxAttempts` or when the next wait would push the total past
 * `maxTotalWaitMs`, returning the last response so the caller sees a typed throttling error.
 * An aborted signal ends everything at once, including a wait in progress.
 */
export type { RetryPolicy } from '../retry-policy';

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']);

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export class RetryAfterMiddleware implements Middleware {
  private next: Middleware | undefined;
  private readonly policy: RetryPolicy;

  constructor(
    policy: Partial<RetryPolicy> = {},
    private readonly sleep: Sleep = abortableSleep,
    private readonly random: () => number = Math.random,
  ) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...policy };
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error('RetryAfterMiddleware has no next middleware');
    const signal = requestSignal(context);
    const idempotent = (context as WaypointContext).idempotent ?? IDEMPOTENT_METHODS.has(requestMethod(context));
    // A $batch envelope is retried by its own rounds (batch.ts), under the same policy: never twice over.
    const attempts = (context as WaypointContext).retriedByCaller ? 1 : this.policy.maxAttempts;
    let waitedMs = 0;

    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw abortReason(signal);
      context.response = undefined;
      try {
        await next.execute(context);
      } catch (error) {
        // No response at all: the request may have reached the service. Repeat only if harmless, and not after
        // an attempt that timed out (it has already waited long enough).
        if (isAbortError(error) || isTimeout(error) || signal?.aborted || !idempotent || attempt >= attempts) throw error;
        const delay = this.backoff(attempt);
        if (waitedMs + delay > Math.min(this.policy.maxTotalWaitMs, this.policy.maxUnreachableWaitMs)) throw error;
        await this.sleep(delay, signal);
        waitedMs += delay;
        continue;
      }

      const response = context.response as Response | undefined;
      if (!response || !RETRYABLE_STATUSES.has(response.status)) return;
      if (response.status !== 429 && !idempotent) return;
      if (attempt >= attempts) return;
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      const delay = retryAfter !== undefined ? Math.ceil(retryAfter * 1000) : this.backoff(attempt);
      if (waitedMs + delay > this.policy.maxTotalWaitMs) return;
      await discardBody(response);
      await this.sleep(delay, signal);
      waitedMs += delay;
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  private backoff(attempt: number): number {
    return backoffMs(this.policy, attempt, this.random);
  }
}

/** Frees the connection of a response we are about to throw away. */
async function discardBody(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Already consumed or closed: nothing to free.
  }
}

export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
