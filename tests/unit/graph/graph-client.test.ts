import { describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../../src/auth/dev-token-provider';
import { createGraphClient } from '../../../src/graph/graph-client';
import type { GraphLogEntry } from '../../../src/graph/middleware/logging';
import { graphErrorBody, json, scriptedFetch } from './fake-fetch';
import { GraphError } from '../../../src/shared/service-error';

const BASE = 'http://127.0.0.1:4000';

function client(fetchImpl: typeof fetch, logs: GraphLogEntry[] = []) {
  return createGraphClient({
    baseUrl: BASE,
    tokenProvider: createDevTokenProvider({ upn: 'ann@school.org' }),
    scopes: ['Sites.ReadWrite.All'],
    fetchImpl,
    logger: (e) => logs.push(e),
    retry: { baseDelayMs: 1 },
  });
}

describe('createGraphClient', () => {
  it('runs auth → retry → logging → fetch: the token on every attempt, a log line per attempt', async () => {
    const fetchImpl = scriptedFetch(
      () => json(429, graphErrorBody('TooManyRequests'), { 'Retry-After': '0.01' }),
      () => json(200, { id: 'site-1' }),
    );
    const logs: GraphLogEntry[] = [];
    const { body } = await client(fetchImpl, logs).send<{ id: string }>({ method: 'GET', url: '/sites/root' });
    expect(body.id).toBe('site-1');
    expect(fetchImpl.calls.map((c) => c.url)).toEqual([`${BASE}/v1.0/sites/root`, `${BASE}/v1.0/sites/root`]);
    expect(fetchImpl.calls.every((c) => c.headers.get('Authorization') === 'Bearer dev:ann@school.org')).toBe(true);
    expect(logs.map((l) => l.status)).toEqual([429, 200]);
  });

  it('follows a service link verbatim and refuses one to another host', async () => {
    const next = `${BASE}/v1.0/sites/s/lists/l/items?$skiptoken=UGFnZWQ9VFJVRSZwX0lEPTIwMA&$expand=fields($select=A,B)`;
    const fetchImpl = scriptedFetch(() => json(200, { value: [] }));
    const graph = client(fetchImpl);
    await graph.send({ method: 'GET', url: next });
    expect(fetchImpl.calls[0]?.url).toBe(next);
    await expect(graph.send({ method: 'GET', url: 'https://elsewhere.example/v1.0/x' })).rejects.toThrow(/another host/);
    expect(graph.toRelative(next)).toBe('/sites/s/lists/l/items?$skiptoken=UGFnZWQ9VFJVRSZwX0lEPTIwMA&$expand=fields($select=A,B)');
  });

  it('throws a typed GraphError for a failed response, and returns accepted statuses', async () => {
    const fetchImpl = scriptedFetch(
      () => json(403, graphErrorBody('accessDenied', 'Access denied.')),
      () => json(424, { responses: [] }),
    );
    const graph = client(fetchImpl);
    await expect(graph.send({ method: 'POST', url: '/sites/s/lists', body: {} })).rejects.toMatchObject({ status: 403, code: 'accessDenied' });
    await expect(graph.send({ method: 'POST', url: '/$batch', body: { requests: [] }, acceptStatuses: [424] })).resolves.toMatchObject({ status: 424 });
  });

  it('turns a dropped connection into status 0 (outcome unknown), but lets an abort through as an abort', async () => {
    const graph = client(scriptedFetch(() => Promise.reject(new TypeError('fetch failed'))));
    const error = await graph.send({ method: 'POST', url: '/x', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).status).toBe(0);

    const controller = new AbortController();
    controller.abort();
    await expect(client(scriptedFetch()).send({ method: 'GET', url: '/x', signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
