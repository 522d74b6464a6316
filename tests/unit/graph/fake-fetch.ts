/** A scripted fetch for unit tests: each call is recorded and answered by the next responder. */
export interface RecordedCall {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: unknown;
}

export type Responder = (call: RecordedCall) => Response | Promise<Response>;

export function scriptedFetch(...responders: Responder[]): typeof fetch & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const queue = [...responders];
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.signal?.aborted) throw init.signal.reason ?? new DOMException('Aborted', 'AbortError');
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const call: RecordedCall = {
      url,
      method: (init?.method ?? 'GET').toUpperCase(),
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body,
    };
    calls.push(call);
    const next = queue.shift();
    if (!next) throw new Error(`Unexpected request ${call.method} ${url}`);
    return next(call);
  }) as typeof fetch & { calls: RecordedCall[] };
  fn.calls = calls;
  return fn;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export const graphErrorBody = (code: string, message = code): unknown => ({
  error: { code, message, innerError: { 'request-id': 'req-1', date: '2026-01-01T00:00:00' } },
});

/** A sleep that records the delays asked for and returns at once. */
export function recordingSleep(): ((ms: number, signal?: AbortSignal) => Promise<void>) & { delays: number[] } {
  const delays: number[] = [];
  const fn = ((ms: number, signal?: AbortSignal) => {
    delays.push(ms);
    if (signal?.aborted) return Promise.reject(signal.reason);
    return Promise.resolve();
  }) as ((ms: number, signal?: AbortSignal) => Promise<void>) & { delays: number[] };
  fn.delays = delays;
  return fn;
}
