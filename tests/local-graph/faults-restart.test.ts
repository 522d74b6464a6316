import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalGraphServer } from '../../tools/local-graph/server';
import { adminFetch, call, createList, expectGraphError, readAll, sitePath, startTestServer, type Json, type TestServer } from './helpers';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.cleanup();
});

const admin = async (method: string, path: string, body?: unknown): Promise<Json> => {
  const res = await adminFetch(t.server, path, method, body);
  expect(res.status).toBe(200);
  return res.json();
};

describe('injected faults', () => {
  it('rate 1 throttles every request and every $batch part with 429 + Retry-After, doing nothing', async () => {
    const list = await createList(t.graph, []);
    await admin('POST', '/faults', { rate: 1, status: 429, retryAfterSeconds: 1.5 });
    try {
      const get = await call(t.graph, 'GET', `${list.path}/items`);
      expectGraphError(get, 429, 'activityLimitReached');
      expect(get.headers.get('retry-after')).toBe('1.5');
      const post = await call(t.graph, 'POST', `${list.path}/items`, { body: { fields: { Title: 'never' } } });
      expectGraphError(post, 429);
      const unauthenticated = await call(t.graph, 'GET', `${list.path}/items`, { auth: null });
      expectGraphError(unauthenticated, 429); // throttled before anything else, auth included
      const batch = await call(t.graph, 'POST', '/$batch', {
        body: {
          requests: [
            { id: '1', method: 'POST', url: `${list.path}/items`, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: 'never' } } },
            { id: '2', method: 'GET', url: `${list.path}/items` },
          ],
        },
      });
      expect(batch.status).toBe(200); // Graph throttles the parts, not the envelope
      for (const part of batch.body.responses as Json[]) {
        expect(part.status).toBe(429);
        expect(part.headers['Retry-After']).toBe('1.5');
        expect(part.body.error.code).toBe('activityLimitReached');
      }
    } finally {
      await admin('POST', '/faults', { rate: 0 });
    }
    expect((await readAll(t.graph, `${list.path}/items`)).items).toEqual([]);
    expect((await call(t.graph, 'GET', `${list.path}/items`)).status).toBe(200);
  });

  it('a partial rate is reproducible for a given seed and can throttle envelopes too', async () => {
    const pattern = async (): Promise<number[]> => {
      await admin('POST', '/faults', { rate: 0.3, status: 503, retryAfterSeconds: 1, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await call(t.graph, 'GET', `${sitePath}`)).status);
      await admin('POST', '/faults', { rate: 0 });
      return statuses;
    };
    const first = await pattern();
    expect(await pattern()).toEqual(first);
    const failures = first.filter((s) => s === 503).length;
    expect(failures).toBeGreaterThan(2);
    expect(failures).toBeLessThan(20);
    expect(first.every((s) => s === 200 || s === 503)).toBe(true);

    await admin('POST', '/faults', { rate: 1, batchEnvelopes: true });
    const envelope = await call(t.graph, 'POST', '/$batch', { body: { requests: [{ id: '1', method: 'GET', url: sitePath }] } });
    await admin('POST', '/faults', { rate: 0 });
    expectGraphError(envelope, 429);
    const bad = await adminFetch(t.server, '/faults', 'POST', { rate: 2 });
    expect(bad.status).toBe(400);
  });
});

describe('stats', () => {
  it('counts requests by method and path template, envelopes, parts and bytes', async () => {
    const list = await createList(t.graph, []);
    await admin('POST', '/stats/reset');
    await call(t.graph, 'GET', `${list.path}/items`);
    await call(t.graph, 'GET', `${list.path}/items/1`);
    await call(t.graph, 'GET', '/sites/contoso.sharepoint.com:/sites/careers');
    await call(t.graph, 'POST', '/$batch', {
      body: { requests: [1, 2, 3].map((i) => ({ id: String(i), method: 'POST', url: `${list.path}/items`, headers: { 'Content-Type': 'application/json' }, body: { fields: {} } })) },
    });
    const stats = await admin('GET', '/stats');
    expect(stats.requests).toEqual({
      'GET /sites/{id}/lists/{id}/items': 1,
      'GET /sites/{id}/lists/{id}/items/{id}': 1,
      'GET /sites/{hostname}:/{path}': 1,
      'POST /$batch': 1,
    });
    expect(stats.batch).toEqual({ envelopes: 1, parts: 3, partsByTemplate: { 'POST /sites/{id}/lists/{id}/items': 3 } });
    expect(stats.statuses).toMatchObject({ '200': 3, '201': 3, '404': 1 });
    expect(stats.responseBytes).toBeGreaterThan(1000);
  });
});

describe('durability', () => {
  it('keeps lists, items, eTags and delta state across a restart on the same data directory', async () => {
    const list = await createList(t.graph, [{ name: 'Score', number: {}, indexed: true }], 'Survives restart');
    const created = await call(t.graph, 'POST', `${list.path}/items`, { body: { fields: { Title: 'persisted', Score: 5 } } });
    const updated = await call(t.graph, 'PATCH', `${list.path}/items/${created.body.id}/fields`, { body: { Score: 6 } });
    const deltaLink = (await call(t.graph, 'GET', `${list.path}/items/delta?token=latest`)).body['@odata.deltaLink'] as string;
    await t.server.close();

    t.server = await startLocalGraphServer({ port: 0, dataDir: t.dataDir });
    t.graph = `${t.server.url}/v1.0`;
    const again = await call(t.graph, 'GET', `${list.path}/items/${created.body.id}?$expand=fields`);
    expect(again.status).toBe(200);
    expect(again.body.fields).toMatchObject({ Title: 'persisted', Score: 6 });
    expect(again.body.eTag).toBe(updated.body['@odata.etag']);
    const filtered = await call(t.graph, 'GET', `${list.path}/items?$filter=fields/Score eq 6`);
    expect(filtered.body.value).toHaveLength(1);
    const next = await call(t.graph, 'POST', `${list.path}/items`, { body: { fields: { Title: 'after restart' } } });
    expect(Number(next.body.id)).toBe(Number(created.body.id) + 1);
    // A deltaLink issued before the restart still works against the new port's path.
    const changes = await call(t.graph, 'GET', deltaLink.replace(/^http:\/\/[^/]+\/v1\.0/, ''));
    expect((changes.body.value as Json[]).map((i) => i.id)).toEqual([next.body.id]);
  });
});
