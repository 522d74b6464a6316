import { describe, expect, it } from 'vitest';

import { RetryAfterMiddleware } from '../../../../src/graph/middleware/retry-after';
import { recordingSleep } from '../fake-fetch';
import { contextFor, scriptedNext, status } from './support';

function retry(next: ReturnType<typeof scriptedNext>, policy = {}) {
  const sleep = recordingSleep();
  const middleware = new RetryAfterMiddleware(policy, sleep, () => 0.5);
  middleware.setNext(next);
  return { middleware, sleep };
}

describe('RetryAfterMiddleware', () => {
  it('waits Retry-After (fractional seconds) on 429, then returns the success', async () => {
    const next = scriptedNext(status(429, { 'Retry-After': '1.5' }), status(200));
    const { middleware, sleep } = retry(next);
    const context = contextFor('GET');
    await middleware.execute(context);
    expect(context.response?.status).toBe(200);
    expect(next.calls).toBe(2);
    expect(sleep.delays).toEqual([1500]);
  });

  it('backs off exponentially when the service gives no Retry-After', async () => {
    const next = scriptedNext(status(503), status(503), status(504), status(200));
    const { middleware, sleep } = retry(next, { baseDelayMs: 100 });
    await middleware.execute(contextFor('GET'));
    // Jitter fixed at 0.5 → 75% of 100, 200, 400.
    expect(sleep.delays).toEqual([75, 150, 300]);
  });

  it('gives up after maxAttempts and hands back the last response', async () => {
    const next = scriptedNext(status(429), status(429), status(429));
    const { middleware } = retry(next, { maxAttempts: 3, baseDelayMs: 1 });
    const context = contextFor('GET');
    await middleware.execute(context);
    expect(next.calls).toBe(3);
    expect(context.response?.status).toBe(429);
  });

  it('gives up when the next wait would pass the total-wait cap', async () => {
    const next = scriptedNext(status(429, { 'Retry-After': '2' }), status(429, { 'Retry-After': '2' }));
    const { middleware, sleep } = retry(next, { maxTotalWaitMs: 3000 });
    const context = contextFor('GET');
    await middleware.execute(context);
    expect(sleep.delays).toEqual([2000]);
    expect(context.response?.status).toBe(429);
  });

  it('retries a POST answered 429 (a throttled request was not processed)', async () => {
    const next = scriptedNext(status(429, { 'Retry-After': '0' }), status(201));
    const { middleware } = retry(next);
    const context = contextFor('POST');
    await middleware.execute(context);
    expect(context.response?.status).toBe(201);
  });

  it('never repeats a POST after an ambiguous 503/504: the caller must reconcile', async () => {
    for (const code of [503, 504]) {
      const next = scriptedNext(status(code, { 'Retry-After': '1' }));
      const { middleware, sleep } = retry(next);
      const context = contextFor('POST');
      await middleware.execute(context);
      expect(context.response?.status).toBe(code);
      expect(next.calls).toBe(1);
      expect(sleep.delays).toEqual([]);
    }
  });

  it('repeats a POST the caller flagged idempotent (e.g. a $batch of GETs)', async () => {
    const next = scriptedNext(status(503), status(200));
    const { middleware } = retry(next, { baseDelayMs: 1 });
    await middleware.execute(contextFor('POST', undefined, { idempotent: true }));
    expect(next.calls).toBe(2);
  });

  it('does not repeat a PATCH the caller flagged not idempotent after a 503', async () => {
    const next = scriptedNext(status(503));
    const { middleware } = retry(next);
    await middleware.execute(contextFor('PATCH', undefined, { idempotent: false }));
    expect(next.calls).toBe(1);
  });

  it('retries a dropped connection on GET but not on POST', async () => {
    const get = scriptedNext(new TypeError('fetch failed'), status(200));
    await retry(get, { baseDelayMs: 1 }).middleware.execute(contextFor('GET'));
    expect(get.calls).toBe(2);

    const post = scriptedNext(new TypeError('fetch failed'));
    await expect(retry(post).middleware.execute(contextFor('POST'))).rejects.toThrow('fetch failed');
    expect(post.calls).toBe(1);
  });

  it('stops trying an unreachable service within seconds, so the person hears about it, and never repeats a timed-out attempt', async () => {
    const refused = () => new TypeError('fetch failed');
    const down = scriptedNext(refused(), refused(), refused(), refused(), refused(), refused(), status(200));
    const { middleware, sleep } = retry(down, { baseDelayMs: 500, maxUnreachableWaitMs: 4000 });
    await expect(middleware.execute(contextFor('GET'))).rejects.toThrow('fetch failed');
    // 375 + 750 + 1500 = 2625 ms; the next wait (3000) would pass 4 s.
    expect(sleep.delays).toEqual([375, 750, 1500]);
    expect(down.calls).toBe(4);

    const slow = scriptedNext(new DOMException('No answer in time', 'TimeoutError'), status(200));
    await expect(retry(slow).middleware.execute(contextFor('GET'))).rejects.toThrow('No answer in time');
    expect(slow.calls).toBe(1);
  });

  it('never retries an aborted request, and an abort ends a wait at once', async () => {
    const controller = new AbortController();
    const aborted = scriptedNext(new DOMException('aborted', 'AbortError'));
    await expect(retry(aborted).middleware.execute(contextFor('GET'))).rejects.toThrow('aborted');
    expect(aborted.calls).toBe(1);

    // Real sleep: the abort must cut a 60-second Retry-After short.
    const next = scriptedNext(status(429, { 'Retry-After': '60' }), status(200));
    const middleware = new RetryAfterMiddleware({ maxTotalWaitMs: 120_000 });
    middleware.setNext(next);
    const started = Date.now();
    setTimeout(() => controller.abort(), 20);
    await expect(middleware.execute(contextFor('GET', undefined, { signal: controller.signal }))).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(next.calls).toBe(1);
  });

  it('leaves other statuses alone', async () => {
    for (const code of [200, 400, 404, 412, 500]) {
      const next = scriptedNext(status(code));
      await retry(next).middleware.execute(contextFor('GET'));
      expect(next.calls).toBe(1);
    }
  });
});
