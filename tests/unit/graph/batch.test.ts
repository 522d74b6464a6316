import { describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../../src/auth/dev-token-provider';
import { executeBatch } from '../../../src/graph/batch';
import { createGraphClient } from '../../../src/graph/graph-client';
import { graphErrorBody, json, type RecordedCall, recordingSleep, scriptedFetch } from './fake-fetch';
import { isConflict, isForbidden } from '../../../src/shared/service-error';

const graphWith = (fetchImpl: typeof fetch) =>
  createGraphClient({ baseUrl: 'http://127.0.0.1:4000', tokenProvider: createDevTokenProvider({ upn: 'a@b.c' }), scopes: [], fetchImpl });

type Part = { id: string; method: string; url: string };
const partsOf = (call: RecordedCall): Part[] => (call.body as { requests: Part[] }).requests;
const ok = (id: string, body: unknown = { id }) => ({ id, status: 200, headers: {}, body });

describe('executeBatch', () => {
  it('sends at most 20 parts per envelope and correlates answers by id, whatever their order', async () => {
    const answerReversed = (call: RecordedCall) => json(200, { responses: partsOf(call).map((p) => ok(p.id, { url: p.url })).reverse() });
    const fetchImpl = scriptedFetch(answerReversed, answerReversed, answerReversed);
    const parts = Array.from({ length: 45 }, (_, i) => ({ method: 'GET' as const, url: `/items/${i}` }));
    const results = await executeBatch(graphWith(fetchImpl), parts);
    expect(fetchImpl.calls.map((c) => partsOf(c).length)).toEqual([20, 20, 5]);
    expect(results.map((r) => (r.ok ? (r.body as { url: string }).url : null))).toEqual(parts.map((p) => p.url));
  });

  it('retries throttled parts alone, in a new envelope, after the LARGEST Retry-After among them', async () => {
    const fetchImpl = scriptedFetch(
      () =>
        json(200, {
          responses: [
            ok('0'),
            { id: '1', status: 429, headers: { 'Retry-After': '1' }, body: graphErrorBody('TooManyRequests') },
            { id: '2', status: 429, headers: { 'retry-after': '2.5' }, body: graphErrorBody('TooManyRequests') },
          ],
        }),
      (call) => json(200, { responses: partsOf(call).map((p) => ok(p.id)) }),
    );
    const sleep = recordingSleep();
    const results = await executeBatch(graphWith(fetchImpl), ['a', 'b', 'c'].map((u) => ({ method: 'GET' as const, url: `/${u}` })), { sleep });
    expect(sleep.delays).toEqual([2500]);
    expect(partsOf(fetchImpl.calls[1]!).map((p) => p.id)).toEqual(['1', '2']);
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('handles an outer 424 like a 200, and types per-part 412 and 403', async () => {
    const fetchImpl = scriptedFetch(() =>
      json(424, {
        responses: [
          { id: '0', status: 412, headers: {}, body: graphErrorBody('resourceModified') },
          { id: '1', status: 403, headers: {}, body: graphErrorBody('accessDenied') },
          { id: '2', status: 424, headers: {}, body: graphErrorBody('failedDependency') },
        ],
      }),
    );
    const [conflict, forbidden, dependent] = await executeBatch(graphWith(fetchImpl), [
      { method: 'PATCH', url: '/a', body: {} },
      { method: 'PATCH', url: '/b', body: {} },
      { method: 'PATCH', url: '/c', body: {} },
    ]);
    expect(!conflict!.ok && isConflict(conflict!.error)).toBe(true);
    expect(!forbidden!.ok && isForbidden(forbidden!.error)).toBe(true);
    expect(dependent).toMatchObject({ ok: false, status: 424 });
    expect(fetchImpl.calls[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(partsOf(fetchImpl.calls[0]!)[0]).toMatchObject({ headers: { 'Content-Type': 'application/json' } });
  });

  it('does not repeat a POST part answered 503 (outcome unknown); it repeats a GET part', async () => {
    const fetchImpl = scriptedFetch(
      () =>
        json(200, {
          responses: [
            { id: '0', status: 503, headers: {}, body: graphErrorBody('serviceNotAvailable') },
            { id: '1', status: 503, headers: {}, body: graphErrorBody('serviceNotAvailable') },
          ],
        }),
      () => json(200, { responses: [ok('1')] }),
    );
    const results = await executeBatch(
      graphWith(fetchImpl),
      [
        { method: 'POST', url: '/items', body: {} },
        { method: 'GET', url: '/items/1' },
      ],
      { sleep: recordingSleep() },
    );
    expect(results[0]).toMatchObject({ ok: false, status: 503 });
    expect(results[1]).toMatchObject({ ok: true });
    expect(partsOf(fetchImpl.calls[1]!).map((p) => p.id)).toEqual(['1']);
  });

  it('stops after maxRounds and reports the parts still throttled', async () => {
    const throttled = () => json(200, { responses: [{ id: '0', status: 429, headers: { 'Retry-After': '0' }, body: {} }] });
    const fetchImpl = scriptedFetch(throttled, throttled);
    const [result] = await executeBatch(graphWith(fetchImpl), [{ method: 'GET', url: '/a' }], { maxRounds: 2, sleep: recordingSleep() });
    expect(result).toMatchObject({ ok: false, status: 429 });
    expect(fetchImpl.calls).toHaveLength(2);
  });

  it('retries a throttled envelope by its own rounds only: the middleware does not retry it as well', async () => {
    const envelopeThrottled = () => json(429, graphErrorBody('TooManyRequests'), { 'Retry-After': '0' });
    const fetchImpl = scriptedFetch(envelopeThrottled, envelopeThrottled, envelopeThrottled);
    const sleep = recordingSleep();
    const [result] = await executeBatch(graphWith(fetchImpl), [{ method: 'GET', url: '/a' }], { maxRounds: 3, sleep });
    expect(result).toMatchObject({ ok: false, status: 429 });
    // Three rounds, one envelope each (nested retries would have sent up to ten per round).
    expect(fetchImpl.calls).toHaveLength(3);
    expect(sleep.delays).toHaveLength(2);
  });
});
