import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createList, expectGraphError, READER, readAll, startTestServer, type Json, type TestServer } from './helpers';

let t: TestServer;
let list: { id: string; path: string };
beforeAll(async () => {
  t = await startTestServer();
  list = await createList(t.graph, [{ name: 'Score', number: {} }]);
});
afterAll(async () => {
  await t.cleanup();
});

const create = (id: string, title: string, extra: Record<string, unknown> = {}): Json => ({
  id,
  method: 'POST',
  url: `${list.path}/items`,
  headers: { 'Content-Type': 'application/json' },
  body: { fields: { Title: title } },
  ...extra,
});

const statuses = (res: Json): Record<string, number> => Object.fromEntries((res.body.responses as Json[]).map((r) => [r.id, r.status]));

describe('$batch', () => {
  it('runs up to 20 parts: 200 envelope, numeric statuses, headers and bodies per part', async () => {
    const requests = Array.from({ length: 20 }, (_, i) => create(String(i + 1), `Batch ${i}`));
    const res = await call(t.graph, 'POST', '/$batch', { body: { requests } });
    expect(res.status).toBe(200);
    expect(res.body.responses).toHaveLength(20);
    for (const part of res.body.responses as Json[]) {
      expect(part.status).toBe(201);
      expect(part.headers['Content-Type']).toMatch(/^application\/json/);
      expect(part.headers.ETag).toBe(part.body.eTag);
      expect(part.body.fields.Title).toMatch(/^Batch /);
    }
  });

  it('rejects 21 parts, duplicate ids and a body without Content-Type with 400 for the whole batch, running nothing', async () => {
    const before = (await readAll(t.graph, `${list.path}/items`)).items.length;
    const tooMany = await call(t.graph, 'POST', '/$batch', { body: { requests: Array.from({ length: 21 }, (_, i) => create(String(i), 'x')) } });
    expectGraphError(tooMany, 400);
    const duplicate = await call(t.graph, 'POST', '/$batch', { body: { requests: [create('a', 'x'), create('A', 'y')] } });
    expectGraphError(duplicate, 400); // ids are not case-sensitive
    const noType = await call(t.graph, 'POST', '/$batch', { body: { requests: [create('1', 'x'), { ...create('2', 'y'), headers: {} }] } });
    expectGraphError(noType, 400);
    const unknownDep = await call(t.graph, 'POST', '/$batch', { body: { requests: [create('1', 'x', { dependsOn: ['9'] })] } });
    expectGraphError(unknownDep, 400);
    expectGraphError(await call(t.graph, 'POST', '/$batch', { body: { nope: [] } }), 400);
    expect((await readAll(t.graph, `${list.path}/items`)).items.length).toBe(before);
  });

  it('dependsOn runs parts in order and answers dependents of a failed part with 424', async () => {
    const res = await call(t.graph, 'POST', '/$batch', {
      body: {
        requests: [
          create('3', 'third', { dependsOn: ['2'] }),
          create('1', 'first'),
          { ...create('2', 'second', { dependsOn: ['1'] }), body: { fields: { Nope: 1 } } },
        ],
      },
    });
    expect(res.status).toBe(200);
    expect(statuses(res)).toEqual({ '1': 201, '2': 400, '3': 424 });
    const failed = (res.body.responses as Json[]).find((r) => r.id === '3');
    expect(failed.body.error.code).toBeTypeOf('string');
    const titles = (await readAll(t.graph, `${list.path}/items?$expand=fields`)).items.map((i) => i.fields.Title);
    expect(titles).toContain('first');
    expect(titles).not.toContain('third');
  });

  it('refuses a batch that sequences some parts and not others with 400, running nothing (fully sequential or fully parallel)', async () => {
    const res = await call(t.graph, 'POST', '/$batch', {
      body: { requests: [create('1', 'mixed-a'), create('2', 'mixed-b', { dependsOn: ['1'] }), create('3', 'mixed-c')] },
    });
    expectGraphError(res, 400);
    expect(res.body.error.message).toMatch(/fully sequential or fully parallel/);
    const titles = (await readAll(t.graph, `${list.path}/items?$expand=fields`)).items.map((i) => i.fields.Title);
    expect(titles.filter((x) => String(x).startsWith('mixed'))).toEqual([]);
  });

  it('authorises each part: a read-only caller reads in a batch but each write part gets 403', async () => {
    const res = await call(t.graph, 'POST', '/$batch', {
      auth: READER,
      body: { requests: [{ id: 'r', method: 'GET', url: `${list.path}/items?$top=1` }, create('w', 'blocked')] },
    });
    expect(res.status).toBe(200);
    expect(statuses(res)).toEqual({ r: 200, w: 403 });
    const unauth = await call(t.graph, 'POST', '/$batch', { auth: null, body: { requests: [create('1', 'x')] } });
    expectGraphError(unauth, 401);
  });

  it('gives parts absolute nextLinks and honours part headers (If-Match, Prefer)', async () => {
    const res = await call(t.graph, 'POST', '/$batch', {
      body: {
        requests: [
          { id: 'page', method: 'GET', url: `${list.path.slice(1)}/items?$top=2` }, // relative url without leading slash
          { id: 'filter', method: 'GET', url: `${list.path}/items?$filter=fields/Score eq 3`, headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } },
          { id: 'noPrefer', method: 'GET', url: `${list.path}/items?$filter=fields/Score eq 3` },
          { id: 'stale', method: 'PATCH', url: `${list.path}/items/1/fields`, headers: { 'Content-Type': 'application/json', 'If-Match': '"{00000000-0000-0000-0000-000000000000},1"' }, body: { Score: 1 } },
        ],
      },
    });
    expect(statuses(res)).toEqual({ page: 200, filter: 200, noPrefer: 400, stale: 412 });
    const page = (res.body.responses as Json[]).find((r) => r.id === 'page');
    expect(page.body['@odata.nextLink']).toMatch(/^http:\/\/localhost:\d+\/v1\.0\/sites\//);
  });
});
