import { describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../../src/auth/dev-token-provider';
import { coalesceReads } from '../../../src/graph/coalesce';
import { createGraphClient } from '../../../src/graph/graph-client';
import { GraphError } from '../../../src/shared/service-error';
import { graphErrorBody, json, type RecordedCall, scriptedFetch } from './fake-fetch';

const BASE = 'http://127.0.0.1:4000';
const graphWith = (fetchImpl: typeof fetch) =>
  coalesceReads(createGraphClient({ baseUrl: BASE, tokenProvider: createDevTokenProvider({ upn: 'a@b.c' }), scopes: [], fetchImpl }));

type Part = { id: string; method: string; url: string; dependsOn?: string[] };
const partsOf = (call: RecordedCall): Part[] => (call.body as { requests: Part[] }).requests;

describe('coalesceReads', () => {
  it('sends reads asked for together as one fully parallel $batch and gives each caller its own answer', async () => {
    const fetchImpl = scriptedFetch((call) =>
      json(200, {
        responses: partsOf(call)
          .map((p) =>
            p.url === '/sites/s/lists/b/items'
              ? { id: p.id, status: 404, headers: {}, body: graphErrorBody('itemNotFound') }
              : { id: p.id, status: 200, headers: { 'Content-Type': 'application/json' }, body: { url: p.url } },
          )
          .reverse(),
      }),
    );
    const graph = graphWith(fetchImpl);
    const [a, b, c] = await Promise.allSettled([
      graph.send({ method: 'GET', url: '/sites/s/lists/a/items' }),
      graph.send({ method: 'GET', url: '/sites/s/lists/b/items' }),
      graph.send({ method: 'GET', url: `${BASE}/v1.0/sites/s/lists/c/items?$skiptoken=2` }),
    ]);
    expect(fetchImpl.calls).toHaveLength(1);
    expect(fetchImpl.calls[0]!.url).toBe(`${BASE}/v1.0/$batch`);
    expect(partsOf(fetchImpl.calls[0]!).map((p) => [p.method, p.url, p.dependsOn])).toEqual([
      ['GET', '/sites/s/lists/a/items', undefined],
      ['GET', '/sites/s/lists/b/items', undefined],
      ['GET', '/sites/s/lists/c/items?$skiptoken=2', undefined],
    ]);
    expect(a.status === 'fulfilled' && a.value.body).toEqual({ url: '/sites/s/lists/a/items' });
    expect(b.status === 'rejected' && b.reason instanceof GraphError && b.reason.status).toBe(404);
    expect(c.status === 'fulfilled' && c.value.headers.get('content-type')).toBe('application/json');
  });

  it('sends a read asked for alone as it is, and never holds back a write', async () => {
    const fetchImpl = scriptedFetch(
      () => json(201, { id: '1' }),
      () => json(200, { id: 'site' }),
    );
    const graph = graphWith(fetchImpl);
    const write = graph.send({ method: 'POST', url: '/sites/s/lists/a/items', body: { fields: {} } });
    const read = graph.send({ method: 'GET', url: '/sites/s' });
    expect((await write).status).toBe(201);
    expect((await read).body).toEqual({ id: 'site' });
    expect(fetchImpl.calls.map((c) => `${c.method} ${c.url}`)).toEqual([`POST ${BASE}/v1.0/sites/s/lists/a/items`, `GET ${BASE}/v1.0/sites/s`]);
  });

  it('keeps an envelope to at most 20 parts', async () => {
    const answer = (call: RecordedCall) => json(200, { responses: partsOf(call).map((p) => ({ id: p.id, status: 200, headers: {}, body: {} })) });
    const fetchImpl = scriptedFetch(answer, answer);
    const graph = graphWith(fetchImpl);
    await Promise.all(Array.from({ length: 25 }, (_, i) => graph.send({ method: 'GET', url: `/items/${i}` })));
    expect(fetchImpl.calls.map((c) => partsOf(c).length)).toEqual([20, 5]);
  });
});
