import { describe, expect, it } from 'vitest';

import { FetchMiddleware, isTimeout } from '../../../../src/graph/middleware/http';
import { isAbortError } from '../../../../src/shared/service-error';
import { json, scriptedFetch } from '../fake-fetch';
import { contextFor } from './support';

describe('FetchMiddleware', () => {
  it('sends with the configured fetch and stores the response', async () => {
    const fetchImpl = scriptedFetch(() => json(200, { ok: true }));
    const context = contextFor('GET', 'http://127.0.0.1:1/v1.0/x');
    await new FetchMiddleware(fetchImpl).execute(context);
    expect(fetchImpl.calls[0]?.url).toBe('http://127.0.0.1:1/v1.0/x');
    expect(context.response?.status).toBe(200);
  });

  it('gives up on an attempt with no answer in time, as a timeout rather than a cancellation', async () => {
    // A service that never answers: the fetch settles only when its signal aborts.
    const silent = ((_url: unknown, init?: RequestInit) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof fetch;
    const started = Date.now();
    const error = await new FetchMiddleware(silent, 50).execute(contextFor('GET')).catch((e: unknown) => e);
    expect(isTimeout(error)).toBe(true);
    expect(isAbortError(error)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);

    // The caller's own cancellation is still a cancellation.
    const controller = new AbortController();
    const cancelled = new FetchMiddleware(silent, 60_000).execute(contextFor('GET', undefined, { signal: controller.signal }));
    controller.abort();
    expect(isAbortError(await cancelled.catch((e: unknown) => e))).toBe(true);
  });
});
