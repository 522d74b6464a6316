import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createList, expectGraphError, readAll, startTestServer, type Json, type TestServer } from './helpers';

/**
 * Where Graph is strict, the local server is too (each case answered leniently before; sources
 * in tools/local-graph/README.md, "Strict where Graph is strict").
 */
let t: TestServer;
let list: { id: string; path: string };
beforeAll(async () => {
  t = await startTestServer();
  list = await createList(t.graph, [
    { name: 'Score', number: {}, indexed: true },
    { name: 'Key', text: {}, indexed: true, enforceUniqueValues: true },
  ]);
});
afterAll(async () => {
  await t.cleanup();
});

const create = async (fields: Record<string, unknown>): Promise<Json> => {
  const res = await call(t.graph, 'POST', `${list.path}/items`, { body: { fields } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};

const raw = (method: string, path: string, body: BodyInit | undefined, contentType?: string): Promise<Response> =>
  fetch(`${t.graph}${path}`, {
    method,
    headers: { Authorization: 'Bearer dev:alex.smith@contoso.com', ...(contentType ? { 'Content-Type': contentType } : {}) },
    body,
  });

describe('field names are case-sensitive', () => {
  it("refuses a wrongly cased field in a write, $select, $filter and $orderby with 400 \"Field 'x' is not recognized\"", async () => {
    const item = await create({ Title: 'case', Score: 1 });
    const patch = await call(t.graph, 'PATCH', `${list.path}/items/${item.id}/fields`, { body: { score: 5 } });
    expectGraphError(patch, 400, 'invalidRequest');
    expect(patch.body.error.message).toBe("Field 'score' is not recognized");
    for (const query of ['$expand=fields($select=score)', '$filter=fields/score eq 1', '$orderby=fields/score']) {
      const res = await call(t.graph, 'GET', `${list.path}/items?${query}`);
      expectGraphError(res, 400, 'invalidRequest');
      expect(res.body.error.message).toBe("Field 'score' is not recognized");
    }
    expectGraphError(await call(t.graph, 'GET', `${list.path}/items/${item.id}/fields?$select=score`), 400);
    const unchanged = await call(t.graph, 'GET', `${list.path}/items/${item.id}?$expand=fields`);
    expect(unchanged.body.fields.Score).toBe(1);
  });

  it('refuses a $select of a property listItem does not have', async () => {
    const res = await call(t.graph, 'GET', `${list.path}/items?$select=id,colour`);
    expectGraphError(res, 400);
    expect(res.body.error.message).toMatch(/colour/);
  });
});

describe('If-Match and If-None-Match follow RFC 9110', () => {
  it('a weak eTag never matches; an unquoted or empty one is malformedEntityTag; the exact eTag, a list holding it, or * succeed', async () => {
    const item = await create({ Title: 'etag', Score: 1 });
    const eTag = item.eTag as string;
    const patch = (ifMatch: string, Score: number) =>
      call(t.graph, 'PATCH', `${list.path}/items/${item.id}/fields`, { body: { Score }, headers: { 'If-Match': ifMatch } });
    expectGraphError(await patch(`W/${eTag}`, 2), 412, 'resourceModified');
    expectGraphError(await patch(eTag.toLowerCase(), 2), 412, 'resourceModified');
    for (const bad of [eTag.slice(1, -1), eTag.replace(/[{}]/g, '').slice(1, -1), '']) {
      const res = await patch(bad, 2);
      expectGraphError(res, 400, 'invalidRequest');
      expect(res.body.error.innerError.code).toBe('malformedEntityTag');
    }
    const current = await call(t.graph, 'GET', `${list.path}/items/${item.id}?$expand=fields`);
    expect(current.body.fields.Score).toBe(1);
    const listed = await patch(`"other", ${eTag}`, 3);
    expect(listed.status).toBe(200);
    expect((await patch('*', 4)).status).toBe(200);
  });

  it('If-None-Match: * on a write to an existing item is 412; If-None-Match with the current eTag on a read is 304', async () => {
    const item = await create({ Title: 'none-match', Score: 1 });
    const res = await call(t.graph, 'PATCH', `${list.path}/items/${item.id}/fields`, { body: { Score: 9 }, headers: { 'If-None-Match': '*' } });
    expectGraphError(res, 412);
    const del = await call(t.graph, 'DELETE', `${list.path}/items/${item.id}`, { headers: { 'If-None-Match': item.eTag as string } });
    expectGraphError(del, 412);
    const read = await fetch(`${t.graph}${list.path}/items/${item.id}`, { headers: { Authorization: 'Bearer dev:a@b.com', 'If-None-Match': item.eTag as string } });
    expect(read.status).toBe(304);
  });
});

describe('enforceUniqueValues', () => {
  it('refuses a second item with the same value (any case), on create and on update, as SharePoint answers through Graph', async () => {
    await create({ Title: 'first', Key: 'row-1.1' });
    const second = await call(t.graph, 'POST', `${list.path}/items`, { body: { fields: { Title: 'second', Key: 'ROW-1.1' } } });
    expectGraphError(second, 400, 'invalidRequest');
    expect(second.body.error.message).toBe('One or more fields with unique constraints already has the provided value.');
    const other = await create({ Title: 'other', Key: 'row-1.2' });
    const update = await call(t.graph, 'PATCH', `${list.path}/items/${other.id}/fields`, { body: { Key: 'row-1.1' } });
    expectGraphError(update, 400, 'invalidRequest');
    // Its own value again is no duplicate.
    expect((await call(t.graph, 'PATCH', `${list.path}/items/${other.id}/fields`, { body: { Key: 'row-1.2', Title: 'other again' } })).status).toBe(200);
  });

  it('lets exactly one of many simultaneous creates of one value through, on the wire and inside one $batch', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => call(t.graph, 'POST', `${list.path}/items`, { body: { fields: { Title: `race ${i}`, Key: 'race' } } })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 400, 400, 400, 400, 400, 400, 400]);
    const batch = await call(t.graph, 'POST', '/$batch', {
      body: {
        requests: ['a', 'b'].map((id) => ({
          id,
          method: 'POST',
          url: `${list.path.replace(/^/, '')}/items`,
          headers: { 'Content-Type': 'application/json' },
          body: { fields: { Title: id, Key: 'in-batch' } },
        })),
      },
    });
    expect((batch.body.responses as Json[]).map((r) => r.status).sort()).toEqual([201, 400]);
    const stored = (await readAll(t.graph, `${list.path}/items?$expand=fields($select=Key)&$filter=fields/Key eq 'race' or fields/Key eq 'in-batch'`)).items;
    expect(stored).toHaveLength(2);
  });
});

describe('delta function forms', () => {
  it('answers items/delta() as a fresh enumeration and items/delta(token=\'latest\') as an empty page with a deltaLink', async () => {
    const first = await call(t.graph, 'GET', `${list.path}/items/delta()`);
    expect(first.status).toBe(200);
    expect(first.body['@odata.deltaLink'] ?? first.body['@odata.nextLink']).toMatch(/items\/delta\?token=/);
    const latest = await call(t.graph, 'GET', `${list.path}/items/delta(token='latest')`);
    expect(latest.status).toBe(200);
    expect(latest.body.value).toEqual([]);
    await create({ Title: 'after latest', Score: 3 });
    const token = new URL(latest.body['@odata.deltaLink'] as string).searchParams.get('token')!;
    const changes = await call(t.graph, 'GET', `${list.path}/items/delta(token='${token}')`);
    expect((changes.body.value as Json[]).map((v) => v.id)).toHaveLength(1);
  });
});

describe('request bodies', () => {
  it('creates nothing from a body that is not application/json, or not UTF-8', async () => {
    const body = JSON.stringify({ fields: { Title: 'plain' } });
    expect((await raw('POST', `${list.path}/items`, body, 'text/plain')).status).toBeGreaterThanOrEqual(400);
    expect((await raw('POST', `${list.path}/items`, body)).status).toBeGreaterThanOrEqual(400);
    const invalid = Buffer.concat([Buffer.from('{"fields":{"Title":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}}')]);
    const res = await raw('POST', `${list.path}/items`, new Blob([invalid]), 'application/json');
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error.message).toMatch(/UTF-8/);
    const titles = (await readAll(t.graph, `${list.path}/items?$expand=fields`)).items.map((i) => i.fields.Title as string);
    expect(titles.filter((x) => x === 'plain' || x.includes('\ufffd'))).toEqual([]);
  });

  it('answers a tampered $skiptoken on an ordered query with 400, not 500', async () => {
    for (const token of ['x', Buffer.from('Paged=TRUE&p_Offset=99999999999999999999999').toString('base64url'), Buffer.from('Paged=TRUE&p_ID=1').toString('base64url')]) {
      const res = await call(t.graph, 'GET', `${list.path}/items?$orderby=fields/Score&$skiptoken=${token}`);
      expectGraphError(res, 400);
    }
  });
});
