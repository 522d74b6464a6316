import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** How long one attempt may wait for the service's answer before it counts as no answer at all. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

/**
 * The end of the chain: sends the request with the configured fetch (the SDK's own
 * HTTPMessageHandler always uses the global fetch, which tests and Node tools want to replace).
 * An attempt with no answer within `timeoutMs` fails with a `TimeoutError`, never hangs.
 */
export class FetchMiddleware implements Middleware {
  constructor(
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
    private readonly timeoutMs: number = DEFAULT_REQUEST_TIMEOUT_MS,
  ) {}

  async execute(context: Context): Promise<void> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const own = context.options?.signal;
    const signal = own ? AbortSignal.any([own, timeout]) : timeout;
    context.response = await this.fetchImpl(context.request, { ...context.options, signal });
  }
}

/** The failure of an attempt that got no answer in time (a DOMException named TimeoutError, from AbortSignal.timeout). */
export function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}
