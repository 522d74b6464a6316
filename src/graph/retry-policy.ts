/**
 * The one retry policy for every Graph request, single or $batch: how many attempts, how long in all, and
 * the backoff (with jitter) when the service gave no Retry-After. A $batch envelope is retried by its own
 * rounds (`batch.ts`), not also by the middleware, so one request never waits more than `maxTotalWaitMs`.
 */
export interface RetryPolicy {
  /** Attempts (or $batch rounds) in all, the first included. */
  readonly maxAttempts: number;
  /** Ceiling on the sum of all waits for one request (or one $batch chunk). */
  readonly maxTotalWaitMs: number;
  /** First backoff step when the service gave no Retry-After; doubles each attempt. */
  readonly baseDelayMs: number;
  /** Ceiling on any single backoff step. */
  readonly maxDelayMs: number;
  /**
   * Ceiling on the waits for a request that got no answer at all (no connection): short, so the person hears
   * within seconds that SharePoint cannot be reached, and the view tries again itself.
   */
  readonly maxUnreachableWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 10,
  maxTotalWaitMs: 120_000,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxUnreachableWaitMs: 4_000,
};

/** Exponential backoff with jitter (half fixed, half random), so clients throttled together do not retry in step. */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}
